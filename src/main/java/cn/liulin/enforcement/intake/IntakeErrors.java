package cn.liulin.enforcement.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors found in one file. A file with any is rejected whole; all of them go in its
 * receipt.
 */
public final class IntakeErrors {

    static final int MAX_LISTED = 10_000;

    /**
     * A value quoted in a receipt: enough to find the cell, never a whole pasted
     * document.
     */
    static final int MAX_VALUE_CHARS = 100;

    private final List<IntakeError> errors = new ArrayList<>();

    private int count;

    public void add(Row row, String column, String message) {
        add(row.number(), column, row.get(column), message);
    }

    public void add(Integer row, String column, String value, String message) {
        count++;
        if (errors.size() < MAX_LISTED) {
            errors.add(new IntakeError(row, column, quoted(value), message));
        }
    }

    private static String quoted(String value) {
        if (value == null || value.length() <= MAX_VALUE_CHARS) {
            return value;
        }
        return value.substring(0, MAX_VALUE_CHARS) + "…（共 " + value.length() + " 个字符）";
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
