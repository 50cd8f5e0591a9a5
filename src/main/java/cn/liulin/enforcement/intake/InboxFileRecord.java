package cn.liulin.enforcement.intake;

import java.time.Instant;
import java.util.List;

/**
 * A file the job has read, as the database keeps it: what its receipt says is rebuilt
 * from this alone.
 *
 * @param stagedAs the name of its private copy in the archive's {@code .reading/} until
 * it is archived
 */
record InboxFileRecord(long id, String fileName, String sha256, long size, Instant receivedAt, FileKind kind,
        ReceiptStatus status, int rows, List<IntakeError> errors, int errorCount, List<String> notes, Long duplicateOf,
        long jobExecutionId, String archivedAs, String stagedAs) {
}
