package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;

/**
 * Reads one inbox file with the reader its content calls for and checks it against its
 * kind's rules. Whatever goes wrong inside (a library's exception, bytes no reader
 * expects, the heap running out) becomes that file's rejection: only the job's own
 * database can make a parse fail the run.
 */
final class FileParser {

    private static final Logger log = LoggerFactory.getLogger(FileParser.class);

    private final List<KindIntake<?>> kinds;

    private final SectionLookup sections;

    FileParser(List<KindIntake<?>> kinds) {
        this(kinds, null);
    }

    /**
     * @param sections how a restricted submitter's rows are told apart (see
     * {@link SubmitterScope})
     */
    FileParser(List<KindIntake<?>> kinds, SectionLookup sections) {
        this.kinds = List.copyOf(kinds);
        this.sections = sections;
    }

    ParsedFile<?> parse(Path file, Instant receivedAt) {
        return parse(file, file.getFileName().toString(), receivedAt, null);
    }

    /**
     * Parses {@code file}, which holds the bytes of the inbox file {@code fileName} (its
     * snapshot).
     */
    ParsedFile<?> parse(Path file, String fileName, Instant receivedAt, Submitter submitter) {
        try {
            return read(file, fileName.toLowerCase(Locale.ROOT), receivedAt, scope(submitter));
        }
        catch (UnreadableFileException e) {
            return ParsedFile.unreadable(e.toError());
        }
        catch (IOException e) {
            log.warn("{}：读取失败", fileName, e);
            return ParsedFile.unreadable("无法读取文件：文件不完整或已损坏（可能还没复制完，或保存时中断）。请重新保存或复制后再报送");
        }
        catch (OutOfMemoryError e) {
            return ParsedFile.unreadable("文件太大，读取时超出了程序可用的内存：请把数据分成几个较小的文件分别报送");
        }
        catch (DataAccessException e) {
            throw e;
        }
        catch (RuntimeException | StackOverflowError e) {
            log.warn("{}：读取时出错，按无法读取的文件退回", fileName, e);
            return ParsedFile.unreadable("无法读取文件：内容不是程序能识别的表格（文件可能已损坏）。请用 Excel 或 WPS 打开，" + "另存为 .xlsx 后重新报送");
        }
    }

    private SubmitterScope scope(Submitter submitter) {
        if (submitter == null || !submitter.restricted()) {
            return null;
        }
        if (sections == null) {
            throw new IllegalStateException("no section lookup for a restricted submitter");
        }
        return new SubmitterScope(submitter, sections);
    }

    private ParsedFile<?> read(Path file, String name, Instant receivedAt, SubmitterScope scope)
            throws IOException, UnreadableFileException {
        if (Files.size(file) == 0) {
            throw new UnreadableFileException("文件是空的（0 字节）");
        }
        FileContent content = FileContent.of(file);
        if (name.endsWith(".xlsx")) {
            expect(content, FileContent.XLSX, ".xlsx");
            // The first sheet with a recognisable header is the data; if none has one,
            // the first explains why.
            List<TableScanner> sheets = new ArrayList<>();
            XlsxTableReader.read(file, () -> {
                TableScanner sheet = new TableScanner(kinds, receivedAt, scope);
                sheets.add(sheet);
                return sheet;
            }, TableScanner::hasHeader);
            return sheets.stream().filter(TableScanner::hasHeader).findFirst().orElse(sheets.get(0)).finish();
        }
        if (name.endsWith(".csv")) {
            expect(content, FileContent.TEXT, ".csv");
            TableScanner scanner = new TableScanner(kinds, receivedAt, scope);
            CsvTableReader.read(file, scanner);
            return scanner.finish();
        }
        if (name.endsWith(".xls")) {
            throw new UnreadableFileException(content == FileContent.XLSX ? "这是 .xlsx 文件，但扩展名是 .xls：请把扩展名改为 .xlsx 后重新报送"
                    : "不接收旧版 Excel（.xls）文件：请在 Excel 中“另存为”.xlsx 后重新报送");
        }
        throw new UnreadableFileException("不支持的文件类型（这是" + content.chinese() + "）：只接收 .xlsx 或 .csv 文件");
    }

    /** A file whose content is not what its extension says is named as what it is. */
    private static void expect(FileContent content, FileContent expected, String extension)
            throws UnreadableFileException {
        if (content == expected) {
            return;
        }
        if (content == FileContent.XLSX) {
            throw new UnreadableFileException("这是 Excel（.xlsx）文件，但扩展名是 " + extension + "：请把扩展名改为 .xlsx 后重新报送");
        }
        if (content == FileContent.OLE2) {
            throw new UnreadableFileException(
                    "这是旧版 Excel（.xls）文件或设置了打开密码的 Excel 文件：请取消密码，在 Excel 中" + "“另存为”.xlsx 后重新报送");
        }
        if (content == FileContent.TEXT) {
            throw new UnreadableFileException(
                    "这不是 Excel 文件，而是文本文件：如果是 CSV，请把扩展名改为 .csv；否则请在 Excel 中" + "“另存为”.xlsx 后重新报送");
        }
        throw new UnreadableFileException("这不是表格文件，而是" + content.chinese() + "：请报送 .xlsx 或 .csv 格式的报表");
    }

}
