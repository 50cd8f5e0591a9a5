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
 * What a workbook's cells refer to: its shared strings (rich-text runs joined, phonetic guides left out) and
 * which cell styles show dates. Both read with plain SAX: POI's XMLBeans-backed tables build an object per
 * string, and loading their schema alone took half a second before the first row.
 */
final class XlsxWorkbookText {

    private final List<String> sharedStrings;
    private final boolean[] dateStyles;

    private XlsxWorkbookText(List<String> sharedStrings, boolean[] dateStyles) {
        this.sharedStrings = sharedStrings;
        this.dateStyles = dateStyles;
    }

    static XlsxWorkbookText read(InputStream sharedStrings, InputStream styles) throws IOException, SAXException {
        Strings strings = new Strings();
        if (sharedStrings != null) {
            parse(sharedStrings, strings);
        }
        Styles formats = new Styles();
        if (styles != null) {
            parse(styles, formats);
        }
        return new XlsxWorkbookText(strings.all, formats.dateStyles());
    }

    String sharedString(int index) {
        return index >= 0 && index < sharedStrings.size() ? sharedStrings.get(index) : "";
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

    /** {@code <si>} items: the text of their {@code <t>} elements, except inside {@code <rPh>}. */
    private static final class Strings extends DefaultHandler {

        final List<String> all = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            switch (local) {
                case "si" -> text.setLength(0);
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = !inPhonetic;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "si" -> all.add(text.toString());
                case "rPh" -> inPhonetic = false;
                case "t" -> inText = false;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }
    }

    /** The number format of each cell style ({@code <cellXfs>}), custom formats from {@code <numFmts>}. */
    private static final class Styles extends DefaultHandler {

        private final Map<Integer, String> customFormats = new HashMap<>();
        private final List<Integer> styleFormats = new ArrayList<>();
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            switch (local) {
                case "numFmt" -> customFormats.put(integer(attributes.getValue("numFmtId")),
                        attributes.getValue("formatCode"));
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        styleFormats.add(integer(attributes.getValue("numFmtId")));
                    }
                }
                default -> { }
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
