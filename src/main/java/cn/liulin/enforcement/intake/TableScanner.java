package cn.liulin.enforcement.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the header row among a file's first rows (a title row above it is allowed), knows
 * the kind of file from it, then hands every data row to that kind's rules as it streams
 * past.
 */
final class TableScanner implements RowSink {

    static final int HEADER_SEARCH_ROWS = 10;

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final java.util.regex.Pattern FOOTNOTE = java.util.regex.Pattern.compile("备注|注|说明|填表人|填报人|审核人|联系方式");

    /**
     * The labels of a signature line under a table, which Excel users spread over several
     * cells.
     */
    private static final java.util.regex.Pattern SIGNATURE = java.util.regex.Pattern
        .compile("(填表人|填报人|制表人|审核人|审核|负责人|分管领导|联系人|联系电话|联系方式|电话|填报日期|填表日期|报送日期|日期)([:：].*)?");

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

    private final SubmitterScope scope;

    TableScanner(List<KindIntake<?>> kinds, Instant receivedAt) {
        this(kinds, receivedAt, null);
    }

    /**
     * @param scope whose rows a console submitter may send; null: any
     */
    TableScanner(List<KindIntake<?>> kinds, Instant receivedAt, SubmitterScope scope) {
        this.kinds = kinds;
        this.receivedAt = receivedAt;
        this.scope = scope;
    }

    @Override
    public void row(int rowNumber, List<String> cells) {
        row(rowNumber, cells, false);
    }

    @Override
    public void note(String note) {
        notes.add(note);
    }

    @Override
    public void row(int rowNumber, List<String> cells, boolean lineBreak) {
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
        if (lineBreak && !header.intake().multiLineText()) {
            reportLineBreak(row);
            return;
        }
        Optional<?> record = rules.check(row, errors);
        record.ifPresent(records::add);
        if (scope != null) {
            scope.check(header.intake().kind(), row, errors);
        }
    }

    boolean hasHeader() {
        return header != null;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
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
        else if (best.positions().size() == 1
                && best.intake().columns().stream().filter(ColumnSpec::required).count() <= 3) {
            partial.add(best); // a small kind (执法监督台账) resembles a file that has one of
                               // its two or three columns
        }
    }

    /**
     * A quoted cell ran over a line break where no cell may: a quote left open swallowed
     * what followed.
     */
    private void reportLineBreak(Row row) {
        var broken = row.cells()
            .entrySet()
            .stream()
            .filter(cell -> cell.getValue().indexOf('\n') >= 0 || cell.getValue().indexOf('\r') >= 0)
            .findFirst();
        String column = broken.map(java.util.Map.Entry::getKey).orElse(null);
        errors.add(row.number(), column, broken.map(java.util.Map.Entry::getValue).orElse(""),
                "这一格里有换行：多半是一个引号（\"）没有配对，把下一行也读进了这一格。请用 Excel 打开检查这一行，去掉多余的引号，" + "另存为 CSV 后重新报送");
    }

    /**
     * Names the kind the file most resembles and the columns it lacks, or, when no header
     * cell matched anything, shows what a header looks like: never the whole catalogue of
     * kinds.
     */
    private String describeUnknownHeaders() {
        Optional<HeaderMatch> closest = partial.stream().max(Comparator.comparingInt(m -> m.positions().size()));
        if (closest.isPresent()) {
            HeaderMatch match = closest.get();
            return "第 " + match.headerRow() + " 行像是“" + match.intake().kind().chinese() + "”的表头，但缺少列："
                    + String.join("、", match.missing()) + "。请按模板补齐这些列（列名须一致，可带单位如“(件)”）";
        }
        KindIntake<?> example = kinds.get(0);
        return "无法识别文件类型：前 " + HEADER_SEARCH_ROWS + " 行中没有找到表头。第一行（或标题下的一行）应是列名，例如“" + example.kind().chinese()
                + "”的表头是 "
                + String.join("、",
                        example.columns().stream().filter(ColumnSpec::required).map(ColumnSpec::name).toList())
                + "；各类台账的表头见执法股下发的模板";
    }

    /**
     * Rows that belong to the form, not to the data: a totals row (合计 is computed here),
     * the plan template's 说明 and 示例 rows under its header, and notes or signatures under
     * the table.
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
        if (SIGNATURE.matcher(first).matches()) {
            // No section, date or number starts with these labels: the row is the form's
            // signature line,
            // however many cells it is spread over (填表人：… | 审核人：… | 联系电话：…).
            return "是表尾的签名（填表人、审核人、联系电话等）";
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
