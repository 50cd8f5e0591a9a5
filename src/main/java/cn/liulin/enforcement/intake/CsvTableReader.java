package cn.liulin.enforcement.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as Excel and WPS save it ({@link CsvEncoding}), separated by commas, or by
 * semicolons or tabs when the first lines say so (the receipt names the separator). Each
 * record is bounded in length before it is built ({@link BoundedRecordReader}), and a
 * quote left open is an error naming the row it began on.
 */
final class CsvTableReader {

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final int SNIFFED_LINES = 10;

    private CsvTableReader() {
    }

    static void read(Path file, RowSink sink) throws IOException, UnreadableFileException {
        CsvEncoding encoding = CsvEncoding.of(file);
        char delimiter = delimiter(file, encoding);
        if (delimiter != ',') {
            sink.note("文件以" + (delimiter == '\t' ? "制表符（Tab）" : "分号") + "分隔各列，已按此读取");
        }
        int last = 0;
        try (Reader reader = new BoundedRecordReader(open(file, encoding));
                CSVParser parser = CSVFormat.EXCEL.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)
                    .get()
                    .parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            for (CSVRecord record = next(records, last); record != null; record = next(records, last)) {
                last = (int) record.getRecordNumber();
                if (last > TableLimits.MAX_ROWS) {
                    throw new UnreadableFileException("文件超过 Excel 的行数上限 " + TableLimits.MAX_ROWS + " 行：请分成几个文件报送");
                }
                List<String> cells = new ArrayList<>(record.size());
                boolean lineBreak = false;
                for (int i = 0; i < record.size(); i++) {
                    String cell = record.get(i);
                    if (cell.length() > TableLimits.MAX_CELL_CHARS) {
                        throw UnreadableFileException.atCell(last, TableLimits.columnLetters(i),
                                TableLimits.tooLong(last, i));
                    }
                    lineBreak |= cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
                    cells.add(cell);
                }
                sink.row(last, cells, lineBreak);
            }
        }
        catch (BoundedRecordReader.RecordTooLong e) {
            throw tooLong(e);
        }
    }

    private static Reader open(Path file, CsvEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomLength());
        return new InputStreamReader(in, encoding.charset());
    }

    /**
     * The next record, or null at the end; the parser's own failures name the row and
     * what to do.
     */
    private static CSVRecord next(Iterator<CSVRecord> records, int last) throws UnreadableFileException {
        try {
            return records.hasNext() ? records.next() : null;
        }
        catch (UncheckedIOException e) {
            if (e.getCause() instanceof BoundedRecordReader.RecordTooLong tooLong) {
                throw tooLong(tooLong);
            }
            throw quoteError(last + 1, e);
        }
        catch (IllegalStateException e) {
            throw quoteError(last + 1, e);
        }
    }

    private static UnreadableFileException tooLong(BoundedRecordReader.RecordTooLong e) {
        return UnreadableFileException.atCell(e.line, null, "第 " + e.line + " 行过长（超过 " + TableLimits.MAX_RECORD_CHARS
                + " 个字符）：可能是一个引号（\"）没有配对，把后面的内容都读成了一格，或文件已损坏。请用 Excel 打开检查后另存为 CSV 重新报送");
    }

    private static UnreadableFileException quoteError(int row, Exception e) {
        return UnreadableFileException.atCell(row, null,
                "第 " + row + " 行起引号（\"）用法有误或没有配对，文件从这里读不下去：" + "请用 Excel 打开检查这一行，另存为 CSV 或 .xlsx 后重新报送");
    }

    /**
     * Comma unless the first lines hold none outside quotes and clearly more semicolons
     * or tabs: Excel in some locales, and "文本文件（制表符分隔）" renamed .csv, separate that way.
     */
    static char delimiter(Path file, CsvEncoding encoding) throws IOException {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        try (BufferedReader lines = new BufferedReader(open(file, encoding))) {
            for (int i = 0; i < SNIFFED_LINES; i++) {
                String line = readBoundedLine(lines);
                if (line == null) {
                    break;
                }
                boolean quoted = false;
                for (int j = 0; j < line.length(); j++) {
                    char c = line.charAt(j);
                    quoted ^= c == '"';
                    if (!quoted) {
                        commas += c == ',' ? 1 : 0;
                        semicolons += c == ';' ? 1 : 0;
                        tabs += c == '\t' ? 1 : 0;
                    }
                }
            }
        }
        if (tabs > commas * 2 && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas * 2 ? ';' : ',';
    }

    /** A line, cut at the record limit so that sniffing never builds an endless line. */
    private static String readBoundedLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) >= 0 && c != '\n') {
            if (line.length() < TableLimits.MAX_RECORD_CHARS) {
                line.append((char) c);
            }
        }
        return c < 0 && line.isEmpty() ? null : line.toString();
    }

}
