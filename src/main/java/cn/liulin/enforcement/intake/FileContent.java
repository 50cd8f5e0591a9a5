package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a file really holds, told from its first bytes rather than its extension, so that
 * a picture, a Word file or an Excel file renamed {@code .csv} is named as what it is in
 * the receipt.
 */
enum FileContent {

    XLSX("Excel（.xlsx）文件"), WORD("Word 文档"), OTHER_ZIP("压缩包（.zip）"),
    OLE2("旧版 Office 文件（.xls / .doc，或设置了打开密码的 Excel 文件）"), PDF("PDF 文件"), IMAGE("图片"), ARCHIVE("压缩包（.rar / .7z / .gz）"),
    TEXT("文本文件");

    private static final int SNIFFED = 8 * 1024;

    private final String chinese;

    FileContent(String chinese) {
        this.chinese = chinese;
    }

    String chinese() {
        return chinese;
    }

    static FileContent of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFFED);
        }
        return of(head);
    }

    static FileContent of(byte[] head) {
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
            // Office files are zips; their first entries' names tell which application
            // wrote them.
            String names = new String(head, StandardCharsets.ISO_8859_1);
            if (names.contains("xl/")) {
                return XLSX;
            }
            return names.contains("word/") ? WORD : names.contains("[Content_Types].xml") ? XLSX : OTHER_ZIP;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        if (startsWith(head, 0x25, 0x50, 0x44, 0x46)) {
            return PDF;
        }
        if (startsWith(head, 0x89, 0x50, 0x4E, 0x47) || startsWith(head, 0xFF, 0xD8, 0xFF)
                || startsWith(head, 0x47, 0x49, 0x46, 0x38)
                || (startsWith(head, 0x52, 0x49, 0x46, 0x46) && head.length > 11 && head[8] == 'W' && head[9] == 'E')) {
            return IMAGE;
        }
        if (startsWith(head, 0x52, 0x61, 0x72, 0x21) || startsWith(head, 0x37, 0x7A, 0xBC, 0xAF)
                || startsWith(head, 0x1F, 0x8B)) {
            return ARCHIVE;
        }
        return TEXT;
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

}
