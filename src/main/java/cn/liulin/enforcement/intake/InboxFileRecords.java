package cn.liulin.enforcement.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code inbox_file} table: one row per file read, the claim that stops a file being
 * loaded twice.
 */
class InboxFileRecords {

    private static final TypeReference<List<IntakeError>> ERRORS = new TypeReference<>() {
    };

    private static final TypeReference<List<String>> NOTES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    private final Kinds kinds;

    private final JsonMapper json = JsonMapper.builder().build();

    InboxFileRecords(JdbcClient jdbc, Kinds kinds) {
        this.kinds = kinds;
        this.jdbc = jdbc;
    }

    /** The file that first brought these bytes, accepted or rejected. */
    Optional<InboxFileRecord> findProcessed(String sha256) {
        return jdbc.sql("select * from inbox_file where sha256 = :sha and status <> 'DUPLICATE'")
            .param("sha", sha256)
            .query(this::map)
            .optional();
    }

    /**
     * A record of these bytes under this name that a stopped run never archived (its
     * archive step finishes it).
     */
    Optional<InboxFileRecord> findUnarchived(String fileName, String sha256) {
        return jdbc
            .sql("select * from inbox_file where sha256 = :sha and file_name = :name and archived_as is null limit 1")
            .param("sha", sha256)
            .param("name", fileName)
            .query(this::map)
            .optional();
    }

    /**
     * The record of a file a console submitter put in the inbox at {@code receivedAt},
     * whichever run read it.
     */
    Optional<InboxFileRecord> findSubmitted(String fileName, Instant receivedAt, String account) {
        return jdbc.sql("""
                select * from inbox_file where file_name = :name and received_at = :received and submitted_by = :account
                order by id desc limit 1
                """)
            .param("name", fileName)
            .param("received", Timestamp.from(receivedAt))
            .param("account", account)
            .query(this::map)
            .optional();
    }

    Optional<InboxFileRecord> find(long id) {
        return jdbc.sql("select * from inbox_file where id = :id").param("id", id).query(this::map).optional();
    }

    /**
     * Records a file's outcome. For ACCEPTED and REJECTED this is also the claim on its
     * bytes: when another run has claimed them first it returns empty and nothing is
     * recorded.
     */
    Optional<Long> insert(IntakeOutcome outcome, long jobExecutionId) {
        ParsedFile<?> parsed = outcome.parsed();
        return jdbc
            .sql("""
                    insert into inbox_file (file_name, sha256, size_bytes, received_at, kind, status, row_count,
                        errors, error_count, notes, duplicate_of, job_execution_id, staged_as, submitted_by)
                    values (:name, :sha, :size, :received,
                        coalesce(:kind, (select kind from inbox_file where id = :duplicateOf)), :status,
                        coalesce(:rows, (select row_count from inbox_file where id = :duplicateOf)), cast(:errors as jsonb), :errorCount,
                        cast(:notes as jsonb), :duplicateOf, :job, :staged, :submittedBy)
                    on conflict (sha256) where status <> 'DUPLICATE' do nothing
                    returning id
                    """)
            .param("name", outcome.fileName())
            .param("sha", outcome.sha256())
            .param("size", outcome.size())
            .param("received", Timestamp.from(outcome.receivedAt()))
            .param("kind", parsed == null || parsed.kind() == null ? null : parsed.kind().name())
            .param("status", outcome.status().name())
            .param("rows", parsed == null ? null : parsed.rows())
            .param("errors", json.writeValueAsString(parsed == null ? List.of() : parsed.errors()))
            .param("errorCount", parsed == null ? 0 : parsed.errorCount())
            .param("notes", json.writeValueAsString(parsed == null ? List.of() : parsed.notes()))
            .param("duplicateOf", outcome.duplicateOf())
            .param("job", jobExecutionId)
            .param("staged", outcome.snapshot().copy().getFileName().toString())
            .param("submittedBy", outcome.file().submitter() == null ? null : outcome.file().submitter().account())
            .query(Long.class)
            .optional();
    }

    /**
     * Files recorded but not yet archived with their receipts, locked so that one run
     * finishes each.
     */
    List<InboxFileRecord> lockUnarchived(int limit) {
        return jdbc.sql("""
                select * from inbox_file where archived_as is null order by id
                limit :limit for update skip locked
                """).param("limit", limit).query(this::map).list();
    }

    /** The private copies that recorded files still wait to be archived from. */
    java.util.Set<String> stagedUnarchived() {
        return java.util.Set
            .copyOf(jdbc.sql("select staged_as from inbox_file where archived_as is null and staged_as is not null")
                .query(String.class)
                .list());
    }

    void markArchived(long id, String archivedAs) {
        jdbc.sql("update inbox_file set archived_as = :path where id = :id")
            .param("path", archivedAs)
            .param("id", id)
            .update();
    }

    /** How many files of each outcome a job execution recorded. */
    List<StatusCount> countByStatus(long jobExecutionId) {
        return jdbc.sql("""
                select status, count(*) as files, coalesce(sum(row_count), 0) as rows
                from inbox_file where job_execution_id = :job group by status order by status
                """)
            .param("job", jobExecutionId)
            .query((rs, n) -> new StatusCount(ReceiptStatus.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3)))
            .list();
    }

    record StatusCount(ReceiptStatus status, int files, int rows) {
    }

    private InboxFileRecord map(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString("kind");
        long duplicate = rs.getLong("duplicate_of");
        Long duplicateOf = rs.wasNull() ? null : duplicate;
        return new InboxFileRecord(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
                rs.getLong("size_bytes"), rs.getTimestamp("received_at").toInstant(), kinds.kind(kind),
                ReceiptStatus.valueOf(rs.getString("status")), rs.getInt("row_count"),
                json.readValue(rs.getString("errors"), ERRORS), rs.getInt("error_count"),
                json.readValue(rs.getString("notes"), NOTES), duplicateOf, rs.getLong("job_execution_id"),
                rs.getString("archived_as"), rs.getString("staged_as"));
    }

}
