package cn.liulin.enforcement.intake;

import java.util.Optional;

/**
 * The rules of one kind of file, for one file: checks each row and turns it into a
 * record. It may keep state across the rows of that file (to find duplicate rows, say); a
 * new one is made per file.
 */
public interface RowRules<T> {

    /**
     * The record for a valid row; errors go in {@code errors} and the result is then
     * empty.
     */
    Optional<T> check(Row row, IntakeErrors errors);

}
