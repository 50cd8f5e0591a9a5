package cn.liulin.enforcement.intake;

/**
 * One thing wrong with an input file, as its receipt states it.
 *
 * @param row the row as Excel numbers it, or {@code null} for the file as a whole
 * @param column the column's name, or {@code null}
 * @param value the cell's text as read
 * @param message what is wrong and what to write instead, in Chinese
 */
public record IntakeError(Integer row, String column, String value, String message) {
}
