package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as Excel and WPS save it: UTF-8 with or without BOM, else GB18030 (a superset of GBK). The
 * encoding is decided on the whole file with a strict UTF-8 decoder, never guessed from a sample.
 */
final class CsvTableReader {

    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvTableReader() {
    }

    static void read(Path file, RowSink sink) throws IOException, UnreadableFileException {
        Charset charset = detectCharset(file);
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new InputStreamReader(skipBom(in, charset), charset);
                CSVParser parser = CSVFormat.EXCEL.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
            java.util.Iterator<CSVRecord> records = parser.iterator();
            for (CSVRecord record = next(records); record != null; record = next(records)) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                sink.row((int) record.getRecordNumber(), cells);
            }
        }
    }

    /** The next record, or null at the end; only the parser's own failures mean the file is malformed. */
    private static CSVRecord next(java.util.Iterator<CSVRecord> records) throws UnreadableFileException {
        try {
            return records.hasNext() ? records.next() : null;
        }
        catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException("CSV 格式有误（" + e.getMessage() + "），请用 Excel 另存为 CSV 或 .xlsx 后重新报送", e);
        }
    }

    static Charset detectCharset(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            var chars = java.nio.CharBuffer.allocate(64 * 1024);
            byte[] chunk = new byte[64 * 1024];
            int n;
            while ((n = in.read(chunk, 0, buffer.remaining())) > 0) {
                buffer.put(chunk, 0, n);
                buffer.flip();
                if (decoder.decode(buffer, chars, false).isError()) {
                    return GB18030;
                }
                chars.clear();
                buffer.compact();
            }
            buffer.flip();
            if (decoder.decode(buffer, chars, true).isError() || decoder.flush(chars).isError()) {
                return GB18030;
            }
            return StandardCharsets.UTF_8;
        }
        catch (CharacterCodingException e) {
            return GB18030;
        }
    }

    private static InputStream skipBom(InputStream in, Charset charset) throws IOException {
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return in;
        }
        var buffered = new java.io.BufferedInputStream(in);
        buffered.mark(3);
        byte[] head = buffered.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return buffered;
    }
}
