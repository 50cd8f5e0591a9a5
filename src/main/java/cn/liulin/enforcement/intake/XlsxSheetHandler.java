package cn.liulin.enforcement.intake;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One worksheet's rows, streamed: each cell as the text a clerk sees in it, canonically — numbers as plain
 * decimals ({@code 3.0} is 3), date cells as ISO dates, formulas as their cached results, booleans as
 * TRUE/FALSE — with gaps kept as empty strings so every value stays under its header.
 */
final class XlsxSheetHandler extends DefaultHandler {

    private final XlsxWorkbookText workbook;
    private final RowSink sink;
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

    XlsxSheetHandler(XlsxWorkbookText workbook, RowSink sink) {
        this.workbook = workbook;
        this.sink = sink;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
        switch (local) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells.clear();
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? cells.size() : column(r);
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                value.setLength(0);
                hasValue = false;
            }
            case "v" -> inValue = true;
            case "is" -> inInlineString = true;
            case "t" -> inValue = inInlineString && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        switch (local) {
            case "v", "t" -> {
                if (inValue) {
                    hasValue = true;
                }
                inValue = false;
            }
            case "is" -> inInlineString = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                if (hasValue) {
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    if (cells.size() == column) {
                        cells.add(text());
                    }
                }
            }
            case "row" -> {
                try {
                    sink.row(rowNumber, List.copyOf(cells));
                }
                catch (RuntimeException e) {
                    throw new XlsxTableReader.SinkFailure(e);
                }
            }
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        }
    }

    private String text() {
        String raw = value.toString();
        if (type == null || type.equals("n")) {
            return number(raw);
        }
        return switch (type) {
            case "s" -> workbook.sharedString(index(raw));
            case "b" -> raw.trim().equals("0") ? "FALSE" : "TRUE";
            case "e" -> "ERROR:" + raw;
            default -> raw; // inlineStr, str (a formula's text), d (an ISO date)
        };
    }

    private static int index(String raw) {
        try {
            return Integer.parseInt(raw.trim());
        }
        catch (NumberFormatException e) {
            return -1;
        }
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
            LocalDateTime dateTime = DateUtil.getLocalDateTime(number, false);
            return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                    : dateTime.toString();
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** The zero-based column of a reference such as {@code AB12}. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }
}
