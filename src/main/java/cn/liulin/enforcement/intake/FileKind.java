package cn.liulin.enforcement.intake;

import java.util.List;

/**
 * What an input file holds, known from its headers (spec §3): declared by the kind's own
 * package, so that the intake holds no list of kinds.
 *
 * @param name how receipts ({@code "kind"}) and the database name it, such as
 * {@code MONTHLY_COUNTS}
 * @param chinese how a clerk names it, such as 月度执法数据
 * @param columns its columns, by which a file is recognised
 * @param multiLineText whether a cell may hold several lines (a complaint's 问题内容); where
 * none may, a CSV cell running over a line break is a quote left open that swallowed the
 * rows after it
 * @param sectionColumn the column naming the section a row belongs to, by which a
 * section's clerk may send only its own rows through the console; {@code null} for a kind
 * only the 执法股 sends (its ledgers, the 12345 register, approved extensions)
 */
public record FileKind(String name, String chinese, List<ColumnSpec> columns, boolean multiLineText,
        String sectionColumn) {

    public FileKind {
        columns = List.copyOf(columns);
        if (sectionColumn != null && columns.stream().noneMatch(column -> column.name().equals(sectionColumn))) {
            throw new IllegalArgumentException(name + " 没有列 " + sectionColumn);
        }
    }

    /**
     * A kind stored by a version that knew it and this one does not: known by its name
     * only.
     */
    static FileKind unknown(String name) {
        return new FileKind(name, name, List.of(), false, null);
    }
}
