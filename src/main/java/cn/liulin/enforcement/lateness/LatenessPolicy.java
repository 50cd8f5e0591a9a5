package cn.liulin.enforcement.lateness;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.liulin.enforcement.core.ReportingPeriod;

/**
 * Decides ON_TIME / LATE / MISSING / PENDING from the first accepted submission's
 * received time and the clock. Received time is when the job first saw the file, never a
 * date typed inside it; a later correction does not change the verdict.
 */
public final class LatenessPolicy {

    private final DeadlinePolicy deadlines;

    private final Clock clock;

    public LatenessPolicy(DeadlinePolicy deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * @param firstReceived when the first accepted submission for the period arrived, or
     * {@code null}
     */
    public Lateness assess(ReportingPeriod period, Instant firstReceived) {
        return assess(period, firstReceived, null);
    }

    /**
     * @param extendedTo the day an approved extension moved the section's deadline to, or
     * {@code null}
     */
    public Lateness assess(ReportingPeriod period, Instant firstReceived, LocalDate extendedTo) {
        return assess(deadlines.deadline(period, extendedTo), firstReceived);
    }

    /**
     * Against a deadline found once for many sections of one period (see
     * {@link #deadline(ReportingPeriod)}): the same rule, without finding it again for
     * each.
     */
    public Lateness assess(Deadline due, Instant firstReceived) {
        ZonedDateTime deadline = due.at();
        if (firstReceived == null) {
            return isPast(deadline, clock.instant()) ? Lateness.missing() : Lateness.pending();
        }
        if (!isPast(deadline, firstReceived)) {
            return Lateness.onTime();
        }
        ZonedDateTime received = firstReceived.atZone(deadlines.zone());
        int days = (int) ChronoUnit.DAYS.between(deadline.toLocalDate(), received.toLocalDate());
        // With a deadline earlier than midnight, a file received later that same day is
        // late by 0
        // calendar days; it is still late, and a clerk reads "逾期报送 1天" rather than "0天".
        return Lateness.late(Math.max(days, 1));
    }

    /**
     * The periods whose deadline has passed, oldest first, from {@code goLive} on;
     * without a go-live month only the last one: what the scheduler must have a current
     * 月报 for.
     */
    public List<ReportingPeriod> closedPeriods(YearMonth goLive) {
        ReportingPeriod last = ReportingPeriod.containing(LocalDate.now(clock)).previous();
        if (!clock.instant().isAfter(deadlineOf(last).toInstant())) {
            last = last.previous();
        }
        ReportingPeriod first = goLive == null ? last : new ReportingPeriod(goLive);
        List<ReportingPeriod> periods = new ArrayList<>();
        for (ReportingPeriod period = first; !period.isAfter(last); period = period.next()) {
            periods.add(period);
        }
        return periods;
    }

    public ZonedDateTime deadlineOf(ReportingPeriod period) {
        return deadlines.deadlineOf(period);
    }

    /**
     * The deadline as status tables and reports print it: {@code 2025-07-03 23:59:59}, or
     * {@code 2025-10-09 23:59:59（原定 10-03，遇国庆节、中秋节顺延）}.
     */
    public String deadlineText(ReportingPeriod period) {
        return deadlines.deadline(period).text();
    }

    /** The period's deadline, and why it moved from the rule's day if it did. */
    public Deadline deadline(ReportingPeriod period) {
        return deadlines.deadline(period);
    }

    /** A section's deadline, with its extension if one was approved. */
    public Deadline deadline(ReportingPeriod period, LocalDate extendedTo) {
        return deadlines.deadline(period, extendedTo);
    }

    /**
     * True once the deadline's last whole second is over: 23:59:59.4 still counts as
     * 23:59:59.
     */
    private static boolean isPast(ZonedDateTime deadline, Instant moment) {
        return moment.truncatedTo(ChronoUnit.SECONDS).isAfter(deadline.toInstant());
    }

}
