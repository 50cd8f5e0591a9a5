package cn.liulin.enforcement.lateness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import cn.liulin.enforcement.core.BureauZone;
import cn.liulin.enforcement.core.ReportingPeriod;
import org.junit.jupiter.api.Test;

class LatenessPolicyTests {

    private static final ReportingPeriod JUNE = ReportingPeriod.of(2025, 6);

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BureauZone.ZONE).toInstant();
    }

    private static LatenessPolicy policyAt(String now) {
        return new LatenessPolicy(DeadlinePolicy.plan(), Clock.fixed(at(now), BureauZone.ZONE));
    }

    @Test
    void juneIsDueOnTheThirdOfJulyAtTheLastSecondInShanghai() {
        ZonedDateTime deadline = DeadlinePolicy.plan().deadlineOf(JUNE);
        assertThat(deadline.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2025-07-03T23:59:59"));
        assertThat(deadline.getZone()).isEqualTo(BureauZone.ZONE);
    }

    @Test
    void receivedAtTheDeadlineSecondIsOnTime() {
        Lateness verdict = policyAt("2025-07-10T09:00").assess(JUNE, at("2025-07-03T23:59:59.900"));
        assertThat(verdict).isEqualTo(Lateness.onTime());
    }

    @Test
    void receivedOnTheFifthIsTwoDaysLate() {
        Lateness verdict = policyAt("2025-07-10T09:00").assess(JUNE, at("2025-07-05T08:00"));
        assertThat(verdict.status()).isEqualTo(SubmissionStatus.LATE);
        assertThat(verdict.daysLate()).isEqualTo(2);
        assertThat(verdict.chinese()).isEqualTo("逾期报送 2天");
    }

    @Test
    void receivedJustAfterMidnightIsOneDayLate() {
        assertThat(policyAt("2025-07-10T09:00").assess(JUNE, at("2025-07-04T00:00:00"))).isEqualTo(Lateness.late(1));
    }

    @Test
    void nothingReceivedAfterTheDeadlineIsMissing() {
        assertThat(policyAt("2025-07-04T00:00:00").assess(JUNE, null)).isEqualTo(Lateness.missing());
    }

    @Test
    void nothingReceivedBeforeTheDeadlineIsPending() {
        assertThat(policyAt("2025-07-03T23:59:59").assess(JUNE, null)).isEqualTo(Lateness.pending());
    }

    @Test
    void anEarlySubmissionIsOnTimeEvenBeforeTheDeadline() {
        assertThat(policyAt("2025-07-01T12:00").assess(JUNE, at("2025-07-01T11:00"))).isEqualTo(Lateness.onTime());
    }

    @Test
    void theVerdictDependsOnTheFirstReceiptNotOnTheClock() {
        // A correction a week later is recorded with the first receipt still deciding:
        // ON_TIME stays ON_TIME.
        Instant first = at("2025-07-02T10:00");
        assertThat(policyAt("2025-08-01T00:00").assess(JUNE, first)).isEqualTo(Lateness.onTime());
    }

    @Test
    void aConfiguredDeadlineMovesTheLine() {
        var policy = new LatenessPolicy(new DeadlinePolicy(5, LocalTime.of(17, 0), BureauZone.ZONE, null),
                Clock.fixed(at("2025-07-10T00:00"), BureauZone.ZONE));
        assertThat(policy.assess(JUNE, at("2025-07-05T16:59"))).isEqualTo(Lateness.onTime());
        assertThat(policy.assess(JUNE, at("2025-07-05T17:30")).status()).isEqualTo(SubmissionStatus.LATE);
    }

    @Test
    void decemberIsDueInJanuaryOfTheNextYear() {
        assertThat(DeadlinePolicy.plan().deadlineOf(ReportingPeriod.of(2025, 12)).toLocalDate())
            .isEqualTo(java.time.LocalDate.of(2026, 1, 3));
    }

}
