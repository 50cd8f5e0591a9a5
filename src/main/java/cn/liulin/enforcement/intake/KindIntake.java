package cn.liulin.enforcement.intake;

import java.time.Instant;
import java.util.List;

/**
 * Everything the intake needs to know about one kind of file: its columns, its rules, and
 * how an accepted file's records are stored. One implementation per kind; the inbox,
 * receipts, duplicate check, archive and versioning are the same code for all of them.
 */
public interface KindIntake<T> {

    /** Its name, its columns and whether its cells may hold several lines. */
    FileKind kind();

    default List<ColumnSpec> columns() {
        return kind().columns();
    }

    default boolean multiLineText() {
        return kind().multiLineText();
    }

    /** Fresh rules for one file received at {@code receivedAt}. */
    RowRules<T> rules(Instant receivedAt);

    /**
     * Stores an accepted file's records, inside the caller's transaction.
     * @return the number of records stored
     */
    int load(List<T> records, long fileId, Instant receivedAt);

    /** What an accepted file brought, a line per record group, for its receipt. */
    List<String> describe(long fileId);

}
