package cn.liulin.enforcement.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code inbox_sighting} table: the files seen waiting in the inbox, kept in
 * transactions of their own so that what was seen stays seen whatever happens to the run
 * that saw it.
 */
class InboxSightings {

    /** What the table knows of one waiting file. */
    record Sighting(Instant firstSeenAt, Instant unchangedSince, boolean whole, Submitter submitter) {
    }

    private final JdbcClient jdbc;

    private final TransactionTemplate ownTransaction;

    InboxSightings(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records a look at the whole inbox in one statement: new files are first seen
     * {@code now} (the job's clock); a file that changed since the last look is unchanged
     * only since {@code machineNow}; files no longer there (and not just put there) are
     * forgotten.
     */
    Map<String, Sighting> observe(List<InboxObservation> files, Instant now, Instant machineNow) {
        String[] names = files.stream().map(InboxObservation::name).toArray(String[]::new);
        String[] sizes = files.stream().map(file -> Long.toString(file.size())).toArray(String[]::new);
        String[] changed = files.stream().map(file -> file.changed().toString()).toArray(String[]::new);
        Map<String, Sighting> sightings = new HashMap<>();
        ownTransaction.executeWithoutResult(status -> {
            // A file put there whole since this look began (by submit) is not forgotten
            // for missing from it.
            jdbc.sql("""
                    delete from inbox_sighting where file_name <> all(cast(:names as text[]))
                    and unchanged_since < cast(:machineNow as timestamptz) - interval '1 minute'
                    """).param("names", names).param("machineNow", Timestamp.from(machineNow)).update();
            jdbc.sql(
                    """
                            insert into inbox_sighting as s (file_name, first_seen_at, size_bytes, modified_at, unchanged_since)
                            select name, :now, size, changed, :machineNow
                            from unnest(cast(:names as text[]), cast(:sizes as bigint[]), cast(:changed as timestamptz[]))
                                as seen(name, size, changed)
                            on conflict (file_name) do update set
                                unchanged_since = case when s.size_bytes = excluded.size_bytes
                                    and s.modified_at = excluded.modified_at then s.unchanged_since else excluded.unchanged_since end,
                                whole = s.whole and s.size_bytes = excluded.size_bytes and s.modified_at = excluded.modified_at,
                                size_bytes = excluded.size_bytes,
                                modified_at = excluded.modified_at
                            returning file_name, first_seen_at, unchanged_since, whole, submitted_by, submitted_for
                            """)
                .param("names", names)
                .param("sizes", sizes)
                .param("changed", changed)
                .param("now", Timestamp.from(now))
                .param("machineNow", Timestamp.from(machineNow))
                .query((rs, n) -> Map.entry(rs.getString(1),
                        new Sighting(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), rs.getBoolean(4),
                                submitter(rs.getString(5), rs.getArray(6)))))
                .list()
                .forEach(seen -> sightings.put(seen.getKey(), seen.getValue()));
        });
        return sightings;
    }

    private static Submitter submitter(String account, java.sql.Array sections) throws java.sql.SQLException {
        if (account == null) {
            return null;
        }
        return new Submitter(account, sections == null ? null : java.util.Set.of((String[]) sections.getArray()));
    }

    /**
     * A file the job itself put in the inbox whole, received at {@code receivedAt}, sent
     * by {@code submitter} (null: not through the console).
     */
    void putWhole(InboxObservation file, Instant receivedAt, Instant machineNow, Submitter submitter) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                insert into inbox_sighting (file_name, first_seen_at, size_bytes, modified_at, unchanged_since, whole,
                    submitted_by, submitted_for)
                values (:name, :received, :size, :changed, :machineNow, true, :account, cast(:sections as text[]))
                on conflict (file_name) do update set first_seen_at = excluded.first_seen_at,
                    size_bytes = excluded.size_bytes, modified_at = excluded.modified_at,
                    unchanged_since = excluded.unchanged_since, whole = true,
                    submitted_by = excluded.submitted_by, submitted_for = excluded.submitted_for
                """)
            .param("account", submitter == null ? null : submitter.account())
            .param("sections",
                    submitter == null || !submitter.restricted() ? null : submitter.sections().toArray(String[]::new))
            .param("name", file.name())
            .param("received", Timestamp.from(receivedAt))
            .param("size", file.size())
            .param("changed", Timestamp.from(file.changed()))
            .param("machineNow", Timestamp.from(machineNow))
            .update());
    }

    /**
     * The file has been read: a file of the same name later is a new arrival. In the
     * caller's transaction.
     */
    void forget(String name) {
        jdbc.sql("delete from inbox_sighting where file_name = :name").param("name", name).update();
    }

}
