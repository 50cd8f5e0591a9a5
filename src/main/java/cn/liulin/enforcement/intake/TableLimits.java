package cn.liulin.enforcement.intake;

/**
 * What no honest table exceeds, so that a damaged or hostile file is refused before it
 * fills the heap: Excel's own limits for a cell, a row count and a column count, and
 * bounds for what one row or one workbook's shared text may hold.
 */
final class TableLimits {

    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    /** Excel's limit for the rows of one sheet. */
    static final int MAX_ROWS = 1_048_576;

    /** Excel's limit for the columns of one sheet (XFD). */
    static final int MAX_COLUMNS = 16_384;

    /** One CSV record: a few dozen full cells at most (2 MB of heap). */
    static final int MAX_RECORD_CHARS = 1 << 20;

    /**
     * All the shared strings of one workbook (32 MB of heap): a county's register holds a
     * few hundred thousand.
     */
    static final int MAX_SHARED_TEXT_CHARS = 16 << 20;

    private TableLimits() {
    }

    /** Column letters as Excel shows them: 0 is A, 26 is AA. */
    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    static String tooLong(int row, int column) {
        return "第 " + row + " 行 " + columnLetters(column) + " 列的单元格超过 Excel 的上限 " + MAX_CELL_CHARS
                + " 个字符（可能粘贴了整篇文字，或文件已损坏）：请删去多余内容后重新报送";
    }

}
