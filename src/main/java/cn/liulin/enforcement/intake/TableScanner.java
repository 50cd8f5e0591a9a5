package cn.liulin.enforcement.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the header row among a file's first rows (a title row above it is allowed), knows the kind of
 * file from it, then hands every data row to that kind's rules as it streams past.
 */
final class TableScanner implements RowSink {

    static final int HEADER_SEARCH_ROWS = 10;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern FOOTNOTE = java.util.regex.Pattern.compile("备注|注|说明|填表人|填报人|审核人|联系方式");

    private final List<KindIntake<?>> kinds;
    private final Instant receivedAt;
    private final List<List<String>> leading = new ArrayList<>();
    private final List<HeaderMatch> partial = new ArrayList<>();
    private final IntakeErrors errors = new IntakeErrors();
    private final List<Object> records = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private HeaderMatch header;
    private RowRules<?> rules;
    private int dataRows;

    TableScanner(List<KindIntake<?>> kinds, Instant receivedAt) {
        this.kinds = kinds;
        this.receivedAt = receivedAt;
    }

    @Override
    public void row(int rowNumber, List<String> cells) {
        if (header == null) {
            findHeader(rowNumber, cells);
            return;
        }
        var row = new Row(rowNumber, header.cellsOf(cells));
        if (row.cells().values().stream().allMatch(String::isEmpty)) {
            return;
        }
        String skipped = skippedRowReason(row);
        if (skipped != null) {
            notes.add("第 " + rowNumber + " 行" + skipped + "，已忽略");
            return;
        }
        dataRows++;
        Optional<?> record = rules.check(row, errors);
        record.ifPresent(records::add);
    }

    boolean hasHeader() {
        return header != null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    ParsedFile<?> finish() {
        if (header == null) {
            return ParsedFile.unreadable(describeUnknownHeaders());
        }
        if (dataRows == 0) {
            errors.add(header.headerRow(), null, "", "表头下没有数据行：文件中没有可报送的数据");
        }
        return new ParsedFile(header.intake(), dataRows, errors.isEmpty() ? records : List.of(), errors.list(),
                errors.count(), List.copyOf(notes));
    }

    private void findHeader(int rowNumber, List<String> cells) {
        if (leading.size() >= HEADER_SEARCH_ROWS || cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        List<String> above = leading.isEmpty() ? List.of() : leading.get(leading.size() - 1);
        leading.add(cells);
        HeaderMatch best = kinds.stream()
                .map(kind -> HeaderMatch.of(kind, rowNumber, cells, above))
                .max(Comparator.comparingInt(m -> m.positions().size()))
                .orElseThrow();
        if (best.complete()) {
            header = best;
            rules = best.intake().rules(receivedAt);
        }
        else if (best.positions().size() >= 2) {
            partial.add(best);
        }
    }

    private String describeUnknownHeaders() {
        Optional<HeaderMatch> closest = partial.stream().max(Comparator.comparingInt(m -> m.positions().size()));
        if (closest.isPresent()) {
            HeaderMatch match = closest.get();
            return "第 " + match.headerRow() + " 行像是“" + match.intake().kind().chinese() + "”的表头，但缺少列："
                    + String.join("、", match.missing()) + "。请按模板补齐这些列（列名须一致，可带单位如“(件)”）";
        }
        StringBuilder expected = new StringBuilder("无法识别文件类型：前 " + HEADER_SEARCH_ROWS + " 行中没有找到表头。可接收的文件：");
        for (KindIntake<?> kind : kinds) {
            expected.append("“").append(kind.kind().chinese()).append("”须有列 ")
                    .append(String.join("、", kind.columns().stream().filter(ColumnSpec::required)
                            .map(ColumnSpec::name).toList()))
                    .append("；");
        }
        return expected.toString();
    }

    /**
     * Rows that belong to the form, not to the data: a totals row (合计 is computed here), the plan
     * template's 说明 and 示例 rows under its header, and notes or signatures under the table.
     */
    private static String skippedRowReason(Row row) {
        var cells = row.cells().values().iterator();
        String first = SPACES.matcher(cells.next()).replaceAll("");
        if (first.equals("合计") || first.equals("总计") || first.equals("小计")) {
            return "是合计行（合计由系统计算）";
        }
        if (first.equals("说明") || first.equals("示例") || first.equals("填写说明")) {
            return "是模板的“" + first + "”行";
        }
        boolean restEmpty = true;
        while (cells.hasNext()) {
            restEmpty &= cells.next().isEmpty();
        }
        if (restEmpty && FOOTNOTE.matcher(first).lookingAt()) {
            return "是表尾的备注或签名";
        }
        return null;
    }
}
