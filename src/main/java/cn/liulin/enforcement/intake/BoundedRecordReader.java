package cn.liulin.enforcement.intake;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes CSV text through while counting the characters of the record being read (line
 * breaks inside quotes belong to the record), and stops a record longer than
 * {@link TableLimits#MAX_RECORD_CHARS} before the parser builds it in memory: a file of
 * one endless line, or a quote never closed, is refused.
 */
final class BoundedRecordReader extends FilterReader {

    /**
     * Thrown when one record grows past the limit; {@code line} is the file line it
     * started on.
     */
    static final class RecordTooLong extends IOException {

        final int line;

        RecordTooLong(int line) {
            super("record too long at line " + line);
            this.line = line;
        }

    }

    private boolean inQuotes;

    private int recordChars;

    private int line = 1;

    private int recordLine = 1;

    BoundedRecordReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    private void see(char c) throws RecordTooLong {
        if (c == '"') {
            inQuotes = !inQuotes; // a doubled quote inside quotes toggles twice
        }
        if (c == '\n') {
            line++;
            if (!inQuotes) {
                recordChars = 0;
                recordLine = line;
                return;
            }
        }
        if (++recordChars > TableLimits.MAX_RECORD_CHARS) {
            throw new RecordTooLong(recordLine);
        }
    }

}
