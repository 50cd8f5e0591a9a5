package cn.liulin.enforcement.intake;

import java.time.Instant;

/**
 * What the intake decided about one inbox file, before it is stored.
 *
 * @param snapshot the private copy of the bytes decided on, archived in place of the
 * inbox file
 * @param parsed the rules' verdict; {@code null} for a duplicate, whose contents are not
 * read again
 * @param duplicateOf the earlier file with the same bytes, for a duplicate
 */
record IntakeOutcome(InboxFile file, Snapshot snapshot, ParsedFile<?> parsed, Long duplicateOf) {

    String fileName() {
        return file.name();
    }

    String sha256() {
        return snapshot.sha256();
    }

    long size() {
        return snapshot.size();
    }

    Instant receivedAt() {
        return file.receivedAt();
    }

    ReceiptStatus status() {
        if (duplicateOf != null) {
            return ReceiptStatus.DUPLICATE;
        }
        return parsed.accepted() ? ReceiptStatus.ACCEPTED : ReceiptStatus.REJECTED;
    }

    /** The same file rejected whole for what the database refused in it. */
    IntakeOutcome refused(String message) {
        return new IntakeOutcome(file, snapshot, parsed.refused(message), null);
    }
}
