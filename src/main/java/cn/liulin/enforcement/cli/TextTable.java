package cn.liulin.enforcement.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a terminal, aligned for Chinese: a CJK character takes two
 * columns. Columns from {@code firstNumeric} on are right-aligned.
 */
final class TextTable {

    private TextTable() {
    }

    static String render(List<String> header, List<List<String>> rows, int firstNumeric) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] widths = new int[header.size()];
        for (List<String> row : all) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < all.size(); r++) {
            List<String> row = all.get(r);
            for (int c = 0; c < row.size(); c++) {
                String pad = " ".repeat(widths[c] - width(row.get(c)));
                boolean last = c == row.size() - 1;
                out.append(c >= firstNumeric ? pad + row.get(c) : last ? row.get(c) : row.get(c) + pad);
                out.append(c == row.size() - 1 ? "" : "  ");
            }
            out.append('\n');
            if (r == 0) {
                int total = 0;
                for (int w : widths) {
                    total += w + 2;
                }
                out.append("-".repeat(Math.max(0, total - 2))).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            width += ch >= 0x2E80 && ch <= 0xFFEF ? 2 : 1;
        }
        return width;
    }

}
