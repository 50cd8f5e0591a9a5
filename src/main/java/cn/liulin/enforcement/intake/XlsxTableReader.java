package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an .xlsx, streamed with POI's SAX reader (its zip-bomb limits apply), so a large
 * file never sits in the heap. Numbers come as plain decimals ({@code 3.0} stays readable as 3), date
 * cells as ISO dates, formula cells as their cached values.
 */
final class XlsxTableReader {

    private XlsxTableReader() {
    }

    static void read(Path file, RowSink sink) throws IOException, UnreadableFileException {
        read(file, () -> sink, any -> true);
    }

    /**
     * Reads sheet after sheet, each into a sink of its own, until {@code enough} says a sheet held what was
     * looked for: a workbook whose first sheet is a cover or an instruction page is still read.
     */
    static <S extends RowSink> void read(Path file, java.util.function.Supplier<S> sinks,
            java.util.function.Predicate<S> enough) throws IOException, UnreadableFileException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("Excel 文件中没有工作表");
            }
            while (sheets.hasNext()) {
                S sink = sinks.get();
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(sink),
                            new PlainFormatter(), false));
                    parser.parse(new InputSource(sheet));
                }
                if (enough.test(sink)) {
                    return;
                }
            }
        }
        catch (SinkFailure e) {
            throw e.getCause();
        }
        catch (OLE2NotOfficeXmlFileException e) {
            throw new UnreadableFileException("这是旧版 Excel（.xls）文件：请在 Excel 中“另存为”.xlsx 后重新报送", e);
        }
        catch (NotOfficeXmlFileException e) {
            throw new UnreadableFileException("不是有效的 .xlsx 文件（文件可能已损坏或被改了扩展名）", e);
        }
        catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                | org.apache.poi.ooxml.POIXMLException e) {
            throw new UnreadableFileException("无法读取 Excel 文件（" + e.getMessage() + "）：请检查文件是否损坏", e);
        }
        catch (org.apache.poi.openxml4j.exceptions.InvalidOperationException
                | org.apache.poi.util.RecordFormatException | IllegalStateException e) {
            throw new UnreadableFileException("无法读取 Excel 文件（文件已损坏或过大）：" + e.getMessage(), e);
        }
    }

    /** A failure of the rows' receiver, not of the file: it must not be reported as a damaged workbook. */
    private static final class SinkFailure extends RuntimeException {

        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** Collects the cells of each row by column, keeping gaps as empty strings. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            try {
                sink.row(rowNum + 1, List.copyOf(cells));
            }
            catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = column(reference);
            while (cells.size() < column) {
                cells.add("");
            }
            if (cells.size() == column) {
                cells.add(value == null ? "" : value);
            }
        }
    }

    /** The zero-based column of a reference such as {@code AB12}; POI's CellReference parses with a regex per cell. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    /** Formats raw cell values canonically instead of as displayed: dates as ISO, numbers as plain decimals. */
    private static final class PlainFormatter extends DataFormatter {

        /** Whether a format is a date's, by format index: asking POI means regular expressions per cell. */
        private final java.util.Map<Integer, Boolean> dateFormats = new java.util.HashMap<>();

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            boolean dateFormat = dateFormats.computeIfAbsent(formatIndex,
                    index -> DateUtil.isADateFormat(index, formatString));
            if (dateFormat && DateUtil.isValidExcelDate(value)) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904);
                return dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                        ? dateTime.toLocalDate().toString() : dateTime.toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
