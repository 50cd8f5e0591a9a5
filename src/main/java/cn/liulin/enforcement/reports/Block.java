package cn.liulin.enforcement.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of a report made of blocks (the 阶段总结, the 入企检查情况): a title, a header row,
 * value rows (label first) and a closing text. The template draws up to nine columns and
 * only those a block has.
 */
public record Block(String title, List<String> header, List<List<String>> rows, String text) {

    /**
     * The blocks as the template's rows: a header, the value rows and the text of each
     * block.
     */
    public static List<Map<String, ?>> templateRows(List<Block> blocks) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Block block : blocks) {
            // A table draws only the columns it has: its header's last named column ends
            // it.
            int columns = block.header().size();
            while (columns > 1 && block.header().get(columns - 1).isEmpty()) {
                columns--;
            }
            int cols = columns;
            if (!block.header().isEmpty()) {
                rows.add(row(block.title(), "head", block.header(), cols));
            }
            block.rows().forEach(values -> rows.add(row(block.title(), "row", values, cols)));
            if (!block.text().isEmpty()) {
                rows.add(row(block.title(), "text", List.of(block.text()), 1));
            }
        }
        return rows;
    }

    private static Map<String, ?> row(String block, String kind, List<String> values, int columns) {
        Map<String, Object> row = new HashMap<>();
        row.put("block", block);
        row.put("kind", kind);
        row.put("cols", columns);
        for (int i = 0; i < values.size(); i++) {
            row.put("c" + i, values.get(i));
        }
        return row;
    }
}
