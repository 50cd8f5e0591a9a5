package cn.liulin.enforcement.intake;

/**
 * What an input file holds, known from its headers (spec §3): declared by the kind's own package, so
 * that the intake holds no list of kinds.
 *
 * @param name how receipts ({@code "kind"}) and the database name it, such as {@code MONTHLY_COUNTS}
 * @param chinese how a clerk names it, such as 月度执法数据
 */
public record FileKind(String name, String chinese) {
}
