package cn.liulin.enforcement.intake;

import java.util.List;

/**
 * Receives a table's rows one by one, numbered as Excel shows them (the first row is 1).
 */
@FunctionalInterface
interface RowSink {

    void row(int rowNumber, List<String> cells);

    /**
     * A CSV row; {@code lineBreak} when a quoted cell ran over a line break, which only
     * kinds with multi-line text accept (elsewhere it is a quote left open that swallowed
     * the next row).
     */
    default void row(int rowNumber, List<String> cells, boolean lineBreak) {
        row(rowNumber, cells);
    }

    /**
     * Something the reader noticed about the whole file, for the receipt (the separator
     * it used).
     */
    default void note(String note) {
    }

}
