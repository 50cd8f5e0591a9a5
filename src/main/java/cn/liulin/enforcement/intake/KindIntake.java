package cn.liulin.enforcement.intake;

import java.time.Instant;
import java.util.List;

/**
 * Everything the intake needs to know about one kind of file: its columns, its rules, and how an
 * accepted file's records are stored. One implementation per kind; the inbox, receipts, duplicate
 * check, archive and versioning are the same code for all of them.
 */
public interface KindIntake<T> {

    FileKind kind();

    List<ColumnSpec> columns();

    /**
     * Whether a cell of this kind may hold several lines (a complaint's 问题内容). Where none may, a CSV
     * cell running over a line break is a quote left open that swallowed the rows after it.
     */
    default boolean multiLineText() {
        return false;
    }

    /** Fresh rules for one file received at {@code receivedAt}. */
    RowRules<T> rules(Instant receivedAt);

    /**
     * Stores an accepted file's records, inside the caller's transaction.
     *
     * @return the number of records stored
     */
    int load(List<T> records, long fileId, Instant receivedAt);

    /** What an accepted file brought, a line per record group, for its receipt. */
    List<String> describe(long fileId);
}
