package cn.liulin.enforcement.intake;

import java.util.ArrayList;
import java.util.List;

/** The errors found in one file. A file with any is rejected whole; all of them go in its receipt. */
public final class IntakeErrors {

    static final int MAX_LISTED = 10_000;

    private final List<IntakeError> errors = new ArrayList<>();
    private int count;

    public void add(Row row, String column, String message) {
        add(row.number(), column, row.get(column), message);
    }

    public void add(Integer row, String column, String value, String message) {
        count++;
        if (errors.size() < MAX_LISTED) {
            errors.add(new IntakeError(row, column, value, message));
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** How many errors there were, including any past the listed maximum. */
    public int count() {
        return count;
    }

    public List<IntakeError> list() {
        return List.copyOf(errors);
    }
}
