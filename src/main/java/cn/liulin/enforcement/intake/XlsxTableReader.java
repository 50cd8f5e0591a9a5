package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The sheets of an .xlsx, streamed with SAX ({@link XlsxSheetHandler}) from the package POI opens (its
 * zip-bomb limits apply), so a large file never sits in the heap.
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
            XlsxWorkbookText text;
            try (InputStream strings = part(pkg, XSSFRelation.SHARED_STRINGS);
                    InputStream styles = part(pkg, XSSFRelation.STYLES)) {
                text = XlsxWorkbookText.read(strings, styles);
            }
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("Excel 文件中没有工作表");
            }
            while (sheets.hasNext()) {
                S sink = sinks.get();
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XlsxSheetHandler(text, sink));
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
    static final class SinkFailure extends RuntimeException {

        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** The workbook's part of this kind (shared strings, styles), or null when it has none. */
    private static InputStream part(OPCPackage pkg, XSSFRelation relation) throws IOException {
        var parts = pkg.getPartsByContentType(relation.getContentType());
        return parts.isEmpty() ? null : parts.get(0).getInputStream();
    }
}
