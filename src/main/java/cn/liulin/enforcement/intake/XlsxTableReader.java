package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
 * The sheets of an .xlsx, streamed with SAX ({@link XlsxSheetHandler}) from the package
 * POI opens (its zip-bomb limits apply, and its XML readers refuse DOCTYPEs and external
 * entities), so a large file never sits in the heap. Links to other files are never
 * followed. Every failure is said in Chinese without the library's words or the server's
 * paths.
 */
final class XlsxTableReader {

    private static final String RESAVE = "请在 Excel 或 WPS 中打开，另存为 .xlsx 后重新报送";

    private XlsxTableReader() {
    }

    static void read(Path file, RowSink sink) throws IOException, UnreadableFileException {
        read(file, () -> sink, any -> true);
    }

    /**
     * Reads sheet after sheet, each into a sink of its own, until {@code enough} says a
     * sheet held what was looked for: a workbook whose first sheet is a cover or an
     * instruction page is still read.
     */
    static <S extends RowSink> void read(Path file, Supplier<S> sinks, Predicate<S> enough)
            throws IOException, UnreadableFileException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XlsxWorkbookText text;
            try (InputStream workbook = reader.getWorkbookData();
                    InputStream strings = part(pkg, XSSFRelation.SHARED_STRINGS);
                    InputStream styles = part(pkg, XSSFRelation.STYLES)) {
                text = XlsxWorkbookText.read(workbook, strings, styles);
            }
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("Excel 文件中没有工作表");
            }
            while (sheets.hasNext()) {
                S sink = sinks.get();
                try (InputStream sheet = sheets.next()) {
                    XlsxMerges merges = XlsxMerges.scan(sheets.getSheetPart().getInputStream());
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XlsxSheetHandler(text, sink, merges));
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
        catch (SAXException e) {
            if (e.getException() instanceof UnreadableFileException unreadable) {
                throw unreadable;
            }
            if (mentions(e, "DOCTYPE")) {
                throw new UnreadableFileException("文件中含有 Excel 不会写入的 XML 声明（DOCTYPE），不像是 Excel 或 WPS 保存的文件：" + RESAVE,
                        e);
            }
            throw new UnreadableFileException("Excel 文件内部的 XML 有误，文件可能已损坏或没有保存完整：" + RESAVE, e);
        }
        catch (OLE2NotOfficeXmlFileException e) {
            throw new UnreadableFileException("这是旧版 Excel（.xls）文件或设置了打开密码的 Excel 文件：请取消密码并“另存为”.xlsx 后重新报送", e);
        }
        catch (IOException e) {
            throw mentions(e, "zip bomb") ? zipBomb(e)
                    : new UnreadableFileException("文件不完整或已损坏（可能还没复制完，或保存时中断）：" + RESAVE, e);
        }
        catch (OpenXML4JException | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
            if (e instanceof org.springframework.dao.DataAccessException access) {
                throw access;
            }
            throw mentions(e, "zip bomb") ? zipBomb(e)
                    : new UnreadableFileException("不是有效的 .xlsx 文件（文件可能已损坏、没有保存完整，或被改了扩展名）：" + RESAVE, e);
        }
    }

    private static UnreadableFileException zipBomb(Exception e) {
        return new UnreadableFileException("文件解压后大得异常（压缩比超出正常 Excel 文件的范围，疑似“压缩炸弹”），不予读取：" + RESAVE, e);
    }

    /**
     * Whether the failure or any of its causes says this (POI wraps its own checks in
     * several ways).
     */
    private static boolean mentions(Throwable e, String words) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (String.valueOf(cause.getMessage())
                .toLowerCase(java.util.Locale.ROOT)
                .contains(words.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A failure of the rows' receiver, not of the file: it must not be reported as a
     * damaged workbook.
     */
    static final class SinkFailure extends RuntimeException {

        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }

    }

    /**
     * The workbook's part of this kind (shared strings, styles), or null when it has
     * none.
     */
    private static InputStream part(OPCPackage pkg, XSSFRelation relation) throws IOException {
        var parts = pkg.getPartsByContentType(relation.getContentType());
        return parts.isEmpty() ? null : parts.get(0).getInputStream();
    }

}
