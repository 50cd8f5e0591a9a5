package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * What a look at an inbox file shows: its size and when it last changed. The change time
 * is the later of the modification time and, where the file system has one, the
 * status-change time, which a copy that keeps the original's modification time still
 * moves.
 */
record InboxObservation(String name, long size, Instant changed) {

    static InboxObservation of(Path file) throws IOException {
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        try {
            Instant status = ((FileTime) Files.getAttribute(file, "unix:ctime")).toInstant();
            modified = status.isAfter(modified) ? status : modified;
        }
        catch (UnsupportedOperationException | IllegalArgumentException e) {
            // not a Unix file system: the modification time alone
        }
        return new InboxObservation(file.getFileName().toString(), Files.size(file), modified);
    }

    boolean sameAs(InboxObservation other) {
        return other != null && size == other.size && changed.equals(other.changed);
    }
}
