package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a workbook's cells refer to: its shared strings (rich-text runs joined, phonetic
 * guides left out), which cell styles show dates, and whether its dates count from 1904
 * (Excel for Mac's old default). Read with plain SAX: POI's XMLBeans-backed tables build
 * an object per string, and loading their schema alone took half a second before the
 * first row. A string over Excel's cell limit is kept as {@link #TOO_LONG} rather than
 * built, and the whole shared text is bounded ({@link TableLimits}).
 */
final class XlsxWorkbookText {

    /**
     * Stands for a shared string longer than a cell may hold; the cell that uses it names
     * the error.
     */
    static final String TOO_LONG = new String("\u0000too long");

    private final List<String> sharedStrings;

    private final boolean[] dateStyles;

    private final boolean date1904;

    private XlsxWorkbookText(List<String> sharedStrings, boolean[] dateStyles, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    static XlsxWorkbookText read(InputStream workbook, InputStream sharedStrings, InputStream styles)
            throws IOException, SAXException {
        DateSystem dates = new DateSystem();
        if (workbook != null) {
            parse(workbook, dates);
        }
        Strings strings = new Strings();
        if (sharedStrings != null) {
            parse(sharedStrings, strings);
        }
        Styles formats = new Styles();
        if (styles != null) {
            parse(styles, formats);
        }
        return new XlsxWorkbookText(strings.all, formats.dateStyles(), dates.date1904);
    }

    /**
     * The shared string, {@link #TOO_LONG}, or null when the workbook has no string of
     * that index (damaged).
     */
    String sharedString(int index) {
        return index >= 0 && index < sharedStrings.size() ? sharedStrings.get(index) : null;
    }

    boolean date1904() {
        return date1904;
    }

    boolean isDateStyle(int style) {
        return style >= 0 && style < dateStyles.length && dateStyles[style];
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException {
        try {
            var reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(xml));
        }
        catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /** {@code <workbookPr date1904="1">}: serial dates count from 1904-01-01. */
    private static final class DateSystem extends DefaultHandler {

        private boolean date1904;

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            if (local.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            }
        }

    }

    /**
     * {@code <si>} items: the text of their {@code <t>} elements, except inside
     * {@code <rPh>}.
     */
    private static final class Strings extends DefaultHandler {

        final List<String> all = new ArrayList<>();

        private final StringBuilder text = new StringBuilder();

        private boolean inText;

        private boolean inPhonetic;

        private boolean tooLong;

        private long total;

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            switch (local) {
                case "si" -> {
                    text.setLength(0);
                    tooLong = false;
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "si" -> all.add(tooLong ? TOO_LONG : text.toString());
                case "rPh" -> inPhonetic = false;
                case "t" -> inText = false;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (!inText || tooLong) {
                return;
            }
            if (text.length() + length > TableLimits.MAX_CELL_CHARS) {
                tooLong = true;
                text.setLength(0);
                return;
            }
            total += length;
            if (total > TableLimits.MAX_SHARED_TEXT_CHARS) {
                throw new SAXException(new UnreadableFileException(
                        "文件中的文字总量超过 " + TableLimits.MAX_SHARED_TEXT_CHARS + " 个字符，远超一份报表所需（文件可能已损坏）：请只保留要报送的数据后重新报送"));
            }
            text.append(ch, start, length);
        }

    }

    /**
     * The number format of each cell style ({@code <cellXfs>}), custom formats from
     * {@code <numFmts>}.
     */
    private static final class Styles extends DefaultHandler {

        private final Map<Integer, String> customFormats = new HashMap<>();

        private final List<Integer> styleFormats = new ArrayList<>();

        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            switch (local) {
                case "numFmt" ->
                    customFormats.put(integer(attributes.getValue("numFmtId")), attributes.getValue("formatCode"));
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        styleFormats.add(integer(attributes.getValue("numFmtId")));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (local.equals("cellXfs")) {
                inCellXfs = false;
            }
        }

        boolean[] dateStyles() {
            boolean[] dates = new boolean[styleFormats.size()];
            for (int i = 0; i < dates.length; i++) {
                int format = styleFormats.get(i);
                String code = customFormats.getOrDefault(format, BuiltinFormats.getBuiltinFormat(format));
                dates[i] = code != null && DateUtil.isADateFormat(format, code);
            }
            return dates;
        }

        private static int integer(String value) {
            try {
                return value == null ? 0 : Integer.parseInt(value.trim());
            }
            catch (NumberFormatException e) {
                return 0;
            }
        }

    }

}
