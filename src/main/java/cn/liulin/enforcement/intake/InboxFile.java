package cn.liulin.enforcement.intake;

import java.nio.file.Path;
import java.time.Instant;

/**
 * An inbox file the reader found settled, as it looked then.
 *
 * @param receivedAt when the job first saw it (spec §2: received means first seen), never
 * after the run's time
 * @param submitter who sent it through the console, or null for a file dropped in the
 * inbox
 */
record InboxFile(Path path, InboxObservation seen, Instant receivedAt, Submitter submitter) {

    InboxFile(Path path, InboxObservation seen, Instant receivedAt) {
        this(path, seen, receivedAt, null);
    }

    String name() {
        return seen.name();
    }
}
