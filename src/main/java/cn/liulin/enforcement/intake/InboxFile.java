package cn.liulin.enforcement.intake;

import java.nio.file.Path;
import java.time.Instant;

/**
 * An inbox file the reader found settled, as it looked then.
 *
 * @param receivedAt when the job first saw it (spec §2: received means first seen), never
 * after the run's time
 */
record InboxFile(Path path, InboxObservation seen, Instant receivedAt) {

    String name() {
        return seen.name();
    }
}
