package cn.liulin.enforcement.intake;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One worksheet's rows, streamed: each cell as the text a clerk sees in it, canonically —
 * numbers as plain decimals ({@code 3.0} is 3), date cells as ISO dates (in the
 * workbook's date system), formulas as their cached results, booleans as TRUE/FALSE —
 * with gaps kept as empty strings so every value stays under its header, and values
 * merged down over rows repeated in each ({@link XlsxMerges}). What no honest workbook
 * holds (a formula saved without its result, a cell over Excel's length limit, a
 * reference past Excel's grid, a style or string that does not exist) stops the sheet
 * with an error naming the cell.
 */
final class XlsxSheetHandler extends DefaultHandler {

    private final XlsxWorkbookText workbook;

    private final RowSink sink;

    private final XlsxMerges merges;

    private final List<String> cells = new ArrayList<>();

    private final StringBuilder value = new StringBuilder();

    private int rowNumber;

    private int column;

    private String type;

    private int style;

    private boolean inValue;

    private boolean inInlineString;

    private boolean inPhonetic;

    private boolean hasValue;

    private boolean hasFormula;

    XlsxSheetHandler(XlsxWorkbookText workbook, RowSink sink, XlsxMerges merges) {
        this.workbook = workbook;
        this.sink = sink;
        this.merges = merges;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
        switch (local) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : number(r, "行号");
                if (rowNumber < 1 || rowNumber > TableLimits.MAX_ROWS) {
                    throw damaged("第 " + rowNumber + " 行超出了 Excel 的行数范围");
                }
                cells.clear();
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? cells.size() : column(r);
                if (column < 0 || column >= TableLimits.MAX_COLUMNS) {
                    throw damaged("第 " + rowNumber + " 行有一个单元格的位置“" + r + "”超出了 Excel 的列范围");
                }
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : number(s, "单元格样式编号");
                value.setLength(0);
                hasValue = false;
                hasFormula = false;
            }
            case "v" -> inValue = true;
            case "f" -> hasFormula = true;
            case "is" -> inInlineString = true;
            case "t" -> inValue = inInlineString && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        switch (local) {
            case "v", "t" -> {
                if (inValue) {
                    hasValue = true;
                }
                inValue = false;
            }
            case "is" -> inInlineString = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            case "row" -> {
                merges.fill(rowNumber, cells);
                try {
                    sink.row(rowNumber, List.copyOf(cells));
                }
                catch (RuntimeException e) {
                    throw new XlsxTableReader.SinkFailure(e);
                }
            }
            default -> {
            }
        }
    }

    private void endCell() throws SAXException {
        if (!hasValue) {
            if (hasFormula) {
                throw atCell("是公式，但文件中没有保存公式的计算结果（有的软件导出时不计算公式）：请在 Excel 或 WPS 中打开这个文件、" + "保存后重新报送");
            }
            return;
        }
        while (cells.size() < column) {
            cells.add("");
        }
        if (cells.size() == column) {
            cells.add(text());
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inValue) {
            if (value.length() + length > TableLimits.MAX_CELL_CHARS) {
                throw new SAXException(UnreadableFileException.atCell(rowNumber, TableLimits.columnLetters(column),
                        TableLimits.tooLong(rowNumber, column)));
            }
            value.append(ch, start, length);
        }
    }

    private String text() throws SAXException {
        String raw = value.toString();
        if (type == null || type.equals("n")) {
            return number(raw);
        }
        return switch (type) {
            case "s" -> shared(raw);
            case "b" -> raw.trim().equals("0") ? "FALSE" : "TRUE";
            case "e" -> "ERROR:" + raw;
            default -> raw; // inlineStr, str (a formula's text), d (an ISO date)
        };
    }

    private String shared(String raw) throws SAXException {
        String text;
        try {
            text = workbook.sharedString(Integer.parseInt(raw.trim()));
        }
        catch (NumberFormatException e) {
            text = null;
        }
        if (text == null) {
            throw atCell("引用了文件中不存在的文字（第 " + raw.trim() + " 项），文件已损坏：请在 Excel 或 WPS 中打开检查、另存为 .xlsx 后重新报送");
        }
        if (text == XlsxWorkbookText.TOO_LONG) {
            throw new SAXException(UnreadableFileException.atCell(rowNumber, TableLimits.columnLetters(column),
                    TableLimits.tooLong(rowNumber, column)));
        }
        return text;
    }

    private String number(String raw) {
        double number;
        try {
            number = Double.parseDouble(raw.trim());
        }
        catch (NumberFormatException e) {
            return raw;
        }
        if (workbook.isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(number, workbook.date1904());
            return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                    : dateTime.toString();
        }
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return raw;
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private int number(String text, String what) throws SAXException {
        try {
            return Integer.parseInt(text.trim());
        }
        catch (NumberFormatException e) {
            throw damaged("第 " + rowNumber + " 行的" + what + "“" + text + "”不是数字");
        }
    }

    private SAXException atCell(String problem) {
        String cell = TableLimits.columnLetters(column) + rowNumber;
        return new SAXException(UnreadableFileException.atCell(rowNumber, TableLimits.columnLetters(column),
                "单元格 " + cell + " " + problem));
    }

    private static SAXException damaged(String problem) {
        return new SAXException(new UnreadableFileException(
                "Excel 文件内部有误（" + problem + "），文件可能已损坏：请在 Excel 或" + " WPS 中打开，另存为 .xlsx 后重新报送"));
    }

    /**
     * The zero-based column of a reference such as {@code AB12}; -1 when it has no
     * letters or too many.
     */
    static int column(String reference) {
        int column = 0;
        int i = 0;
        for (; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            char letter = Character.toUpperCase(reference.charAt(i));
            if (letter < 'A' || letter > 'Z' || i >= 3) {
                return -1;
            }
            column = column * 26 + (letter - 'A' + 1);
        }
        return column - 1;
    }

}
