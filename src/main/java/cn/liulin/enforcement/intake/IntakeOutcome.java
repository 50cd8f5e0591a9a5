package cn.liulin.enforcement.intake;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What the intake decided about one inbox file, before it is stored.
 *
 * @param parsed the rules' verdict; {@code null} for a duplicate, whose contents are not read again
 * @param duplicateOf the earlier file with the same bytes, for a duplicate
 */
record IntakeOutcome(Path path, String fileName, String sha256, long size, Instant receivedAt,
        ParsedFile<?> parsed, Long duplicateOf) {

    ReceiptStatus status() {
        if (duplicateOf != null) {
            return ReceiptStatus.DUPLICATE;
        }
        return parsed.accepted() ? ReceiptStatus.ACCEPTED : ReceiptStatus.REJECTED;
    }
}
