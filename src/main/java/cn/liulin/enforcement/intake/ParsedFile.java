package cn.liulin.enforcement.intake;

import java.time.Instant;
import java.util.List;

/**
 * What the rules made of one file: its kind, its valid records, and every error. Keeps
 * the kind's intake and its records together so that loading them stays type-safe.
 */
record ParsedFile<T>(KindIntake<T> intake, int rows, List<T> records, List<IntakeError> errors, int errorCount,
        List<String> notes) {

    static ParsedFile<Void> unreadable(String message) {
        return unreadable(new IntakeError(null, null, null, message));
    }

    static ParsedFile<Void> unreadable(IntakeError error) {
        return new ParsedFile<>(null, 0, List.of(), List.of(error), 1, List.of());
    }

    /**
     * The same file, rejected whole with one error for the file (what the database
     * refused in it).
     */
    ParsedFile<T> refused(String message) {
        return new ParsedFile<>(intake, rows, List.of(), List.of(new IntakeError(null, null, null, message)), 1, notes);
    }

    FileKind kind() {
        return intake == null ? null : intake.kind();
    }

    boolean accepted() {
        return errorCount == 0;
    }

    int load(long fileId, Instant receivedAt) {
        return intake.load(records, fileId, receivedAt);
    }
}
