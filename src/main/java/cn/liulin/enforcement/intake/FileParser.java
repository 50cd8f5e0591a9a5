package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Reads one inbox file with the reader its extension calls for and checks it against its kind's rules. */
final class FileParser {

    private final List<KindIntake<?>> kinds;

    FileParser(List<KindIntake<?>> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    ParsedFile<?> parse(Path file, Instant receivedAt) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        TableScanner scanner = new TableScanner(kinds, receivedAt);
        List<TableScanner> sheets = new java.util.ArrayList<>();
        try {
            if (Files.size(file) == 0) {
                return ParsedFile.unreadable("文件是空的（0 字节）");
            }
            if (name.endsWith(".xlsx")) {
                // The first sheet with a recognisable header is the data; if none has one, the first explains why.
                XlsxTableReader.read(file, () -> {
                    TableScanner sheet = new TableScanner(kinds, receivedAt);
                    sheets.add(sheet);
                    return sheet;
                }, TableScanner::hasHeader);
                scanner = sheets.stream().filter(TableScanner::hasHeader).findFirst().orElse(sheets.get(0));
            }
            else if (name.endsWith(".csv")) {
                CsvTableReader.read(file, scanner);
            }
            else if (name.endsWith(".xls")) {
                return ParsedFile.unreadable("不接收旧版 Excel（.xls）文件：请在 Excel 中“另存为”.xlsx 后重新报送");
            }
            else {
                return ParsedFile.unreadable("不支持的文件类型：只接收 .xlsx 或 .csv 文件");
            }
        }
        catch (UnreadableFileException e) {
            return ParsedFile.unreadable(e.getMessage());
        }
        catch (IOException e) {
            return ParsedFile.unreadable("无法读取文件：" + e.getMessage());
        }
        return scanner.finish();
    }
}
