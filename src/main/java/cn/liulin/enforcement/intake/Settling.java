package cn.liulin.enforcement.intake;

import java.time.Duration;
import java.time.Instant;

/**
 * When an inbox file may be read (spec §7, {@code reporting.inbox-settle}): once neither
 * its size nor its change time has moved for the settle time, by the machine's clock. A
 * file is settled when it last changed that long ago, or when it has looked the same for
 * that long (a file time set in the future by a clock that runs ahead must not hold it
 * forever), or when the job's own {@code submit} put it there whole.
 */
final class Settling {

    private final Duration settle;

    Settling(Duration settle) {
        this.settle = settle;
    }

    /**
     * @param unchangedSince since when (machine clock) the file has looked as it does now
     * @param whole put in the inbox whole by the job itself, and unchanged since
     */
    boolean isSettled(InboxObservation file, Instant unchangedSince, boolean whole, Instant now) {
        return whole || !settlesAt(file, unchangedSince).isAfter(now);
    }

    /** The earliest time the file counts as settled if it does not change again. */
    Instant settlesAt(InboxObservation file, Instant unchangedSince) {
        Instant byChangeTime = file.changed().plus(settle);
        Instant byLooking = unchangedSince.plus(settle);
        return byChangeTime.isBefore(byLooking) ? byChangeTime : byLooking;
    }

    Duration settle() {
        return settle;
    }

}
