package cn.liulin.enforcement.intake;

import java.time.ZoneId;
import java.util.List;

/**
 * The receipt a clerk reads: what was received, what became of it, and every error by row
 * and column.
 */
final class ReceiptText {

    private ReceiptText() {
    }

    static String of(InboxFileRecord file, InboxFileRecord original, List<String> loaded, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        text.append("执法数据报送回执\n");
        text.append("========================================\n");
        text.append("文件名称：").append(file.fileName()).append('\n');
        text.append("接收时间：").append(Receipts.shown(file.receivedAt(), zone)).append("（北京时间）\n");
        text.append("文件类型：").append(file.kind() == null ? "无法识别" : file.kind().chinese()).append('\n');
        text.append("文件指纹：SHA-256 ").append(file.sha256()).append('\n');
        text.append("处理结果：").append(file.status().chinese()).append('\n');
        text.append('\n');
        switch (file.status()) {
            case ACCEPTED -> {
                text.append("本文件共 ").append(file.rows()).append(" 行数据，已全部入库：\n");
                loaded.forEach(line -> text.append("  - ").append(line).append('\n'));
            }
            case DUPLICATE -> text.append("本文件与 ")
                .append(Receipts.shown(original.receivedAt(), zone))
                .append(" 接收的“")
                .append(original.fileName())
                .append("”内容完全相同（")
                .append(original.status().chinese())
                .append("），未重复计入。\n")
                .append("如需更正数据，请修改后重新报送。\n");
            case REJECTED -> {
                text.append("发现 ").append(file.errorCount()).append(" 处错误，整个文件未入库（其中正确的行也未入库）。\n");
                text.append("请按下列说明改正后重新报送整个文件：\n\n");
                for (IntakeError error : file.errors()) {
                    text.append("  ").append(where(error)).append(error.message()).append('\n');
                }
                if (file.errorCount() > file.errors().size()) {
                    text.append("  ……另有 ").append(file.errorCount() - file.errors().size()).append(" 处错误未列出\n");
                }
            }
        }
        if (!file.notes().isEmpty()) {
            text.append("\n说明：\n");
            file.notes().forEach(note -> text.append("  ").append(note).append('\n'));
        }
        text.append("\n原文件已存档，不会删除。如有疑问请联系执法股。\n");
        return text.toString();
    }

    private static String where(IntakeError error) {
        StringBuilder where = new StringBuilder();
        if (error.row() != null) {
            where.append("第 ").append(error.row()).append(" 行");
        }
        if (error.column() != null) {
            where.append(where.isEmpty() ? "" : "，").append("“").append(error.column()).append("”列");
        }
        if (error.value() != null && !error.value().isEmpty()) {
            where.append("（填写的是“").append(error.value()).append("”）");
        }
        return where.isEmpty() ? "" : where.append("：").toString();
    }

}
