package cn.liulin.enforcement.intake;

/**
 * The file cannot be read as a table at all; the message says why and what would work, in
 * Chinese, and names the cell where one is to blame (a formula without its result, a cell
 * over Excel's length limit).
 */
class UnreadableFileException extends Exception {

    private final Integer row;

    private final String column;

    UnreadableFileException(String message) {
        this(null, null, message, null);
    }

    UnreadableFileException(String message, Throwable cause) {
        this(null, null, message, cause);
    }

    private UnreadableFileException(Integer row, String column, String message, Throwable cause) {
        super(message, cause);
        this.row = row;
        this.column = column;
    }

    /**
     * A problem with one cell: its row as Excel numbers it and its column letter
     * ({@code C}).
     */
    static UnreadableFileException atCell(int row, String column, String message) {
        return new UnreadableFileException(row, column, message, null);
    }

    IntakeError toError() {
        return new IntakeError(row, column, null, getMessage());
    }

}
