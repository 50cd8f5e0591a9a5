package cn.liulin.enforcement.intake;

import java.util.Map;

/**
 * One data row of an input file: its number as Excel shows it, and its cells by column
 * name.
 */
public record Row(int number, Map<String, String> cells) {

    /** The cell's text, trimmed; empty when the column is absent or the cell blank. */
    public String get(String column) {
        String value = cells.get(column);
        return value == null ? "" : value;
    }

    public boolean isBlank(String column) {
        return get(column).isEmpty();
    }
}
