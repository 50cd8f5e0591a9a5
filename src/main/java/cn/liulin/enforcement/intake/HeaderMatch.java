package cn.liulin.enforcement.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a header row holds which of a kind's columns. Also reads the plan's own
 * two-level header (行政检查 above 合计 / 涉企行政检查(件)) by joining a 合计 cell with the group label
 * above it.
 */
record HeaderMatch(KindIntake<?> intake, int headerRow, Map<String, Integer> positions, List<String> missing) {

    boolean complete() {
        return missing.isEmpty();
    }

    static HeaderMatch of(KindIntake<?> intake, int headerRow, List<String> cells, List<String> above) {
        List<String> headers = combine(cells, above);
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (ColumnSpec column : intake.columns()) {
            int position = -1;
            for (int i = 0; i < headers.size() && position < 0; i++) {
                if (column.matches(headers.get(i))) {
                    position = i;
                }
            }
            if (position >= 0) {
                positions.put(column.name(), position);
            }
            else if (column.required()) {
                missing.add(column.name());
            }
        }
        return new HeaderMatch(intake, headerRow, positions, missing);
    }

    Map<String, String> cellsOf(List<String> row) {
        Map<String, String> cells = new LinkedHashMap<>();
        positions
            .forEach((column, position) -> cells.put(column, position < row.size() ? clean(row.get(position)) : ""));
        return cells;
    }

    private static List<String> combine(List<String> cells, List<String> above) {
        List<String> headers = new ArrayList<>(cells.size());
        String group = "";
        for (int i = 0; i < Math.max(cells.size(), above.size()); i++) {
            String cell = i < cells.size() ? HeaderNames.normalize(cells.get(i)) : "";
            String parent = i < above.size() ? HeaderNames.normalize(above.get(i)) : "";
            if (!parent.isEmpty()) {
                group = parent;
            }
            if (cell.isEmpty()) {
                headers.add(parent);
            }
            else if (cell.equals("合计") && !group.isEmpty()) {
                headers.add(group + "合计");
            }
            else {
                headers.add(cell);
            }
        }
        return headers;
    }

    /**
     * Trims spaces, no-break and full-width spaces too; called for every cell, so no
     * regular expression.
     */
    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
    }
}
