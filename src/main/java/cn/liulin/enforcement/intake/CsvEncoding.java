package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a CSV file's bytes are text: UTF-8 with or without BOM, UTF-16 as Excel's "Unicode
 * 文本" saves it, else GB18030 (a superset of GBK). Decided on the whole file with a strict
 * UTF-8 decoder, never guessed from a sample. The same pass finds NUL bytes, which text
 * never holds but an interrupted copy leaves.
 *
 * @param bomLength the bytes of a byte-order mark to skip
 */
record CsvEncoding(Charset charset, int bomLength) {

    private static final int CHUNK = 64 * 1024;

    static CsvEncoding of(Path file) throws IOException, UnreadableFileException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(CHUNK);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new CsvEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new CsvEncoding(StandardCharsets.UTF_16BE, 2);
        }
        Charset utf16 = utf16WithoutBom(head);
        if (utf16 != null) {
            return new CsvEncoding(utf16, 0);
        }
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        return new CsvEncoding(scan(file) ? StandardCharsets.UTF_8 : CsvTableReader.GB18030, bom ? 3 : 0);
    }

    /**
     * Text of ASCII letters in UTF-16 has a zero in every other byte; no UTF-8 or GBK
     * text has that.
     */
    private static Charset utf16WithoutBom(byte[] head) {
        int pairs = head.length / 2;
        if (pairs < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        return evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05 ? StandardCharsets.UTF_16BE : null;
    }

    /**
     * Whether the whole file is valid UTF-8; refuses it if it holds a NUL byte, naming
     * the line.
     */
    private static boolean scan(Path file) throws IOException, UnreadableFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean utf8 = true;
        int line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            CharBuffer chars = CharBuffer.allocate(CHUNK);
            byte[] chunk = new byte[CHUNK];
            int n;
            while ((n = in.read(chunk, 0, buffer.remaining())) > 0) {
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == 0) {
                        throw new UnreadableFileException(
                                "文件从第 " + line + " 行起含有空字节（NUL），像是没有复制完整的文件：" + "请重新复制或在 Excel 中重新保存后报送");
                    }
                    line += chunk[i] == '\n' ? 1 : 0;
                }
                if (utf8) {
                    buffer.put(chunk, 0, n);
                    buffer.flip();
                    utf8 = !decoder.decode(buffer, chars, false).isError();
                    chars.clear();
                    buffer.compact();
                }
            }
            buffer.flip();
            return utf8 && !decoder.decode(buffer, chars, true).isError() && !decoder.flush(chars).isError();
        }
    }
}
