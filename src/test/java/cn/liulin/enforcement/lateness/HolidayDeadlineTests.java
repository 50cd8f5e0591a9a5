package cn.liulin.enforcement.lateness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.liulin.enforcement.core.BureauZone;
import cn.liulin.enforcement.core.HolidayCalendar;
import cn.liulin.enforcement.core.HolidayCalendarFile;
import cn.liulin.enforcement.core.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * Spec §2: a deadline on a rest day moves to the next working day, read from the calendar
 * in config/.
 */
class HolidayDeadlineTests {

    private final List<Integer> missingYears = new ArrayList<>();

    private final HolidayCalendar calendar = HolidayCalendarFile.read(Path.of("config/holidays.yml"),
            missingYears::add);

    private final DeadlinePolicy deadlines = DeadlinePolicy.plan().followingHolidays(calendar);

    private String dueOf(int year, int month) {
        return deadlines.deadline(ReportingPeriod.of(year, month)).text();
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BureauZone.ZONE).toInstant();
    }

    @Test
    void theFourExamplesOfTheContract() {
        assertThat(dueOf(2025, 9)).isEqualTo("2025-10-09 23:59:59（原定 10-03，遇国庆节、中秋节顺延）");
        assertThat(dueOf(2025, 1)).isEqualTo("2025-02-05 23:59:59（原定 02-03，遇春节顺延）");
        assertThat(dueOf(2025, 7)).isEqualTo("2025-08-04 23:59:59（原定 08-03，遇星期日顺延）");
        // 02-03 is a Saturday and 02-04 a make-up working Sunday.
        assertThat(dueOf(2024, 1)).isEqualTo("2024-02-04 23:59:59（原定 02-03，遇星期六顺延）");
        assertThat(missingYears).isEmpty();
    }

    @Test
    void aWorkingThirdStaysWhereItIs() {
        assertThat(dueOf(2025, 6)).isEqualTo("2025-07-03 23:59:59");
        assertThat(deadlines.deadline(ReportingPeriod.of(2025, 6)).moved()).isFalse();
    }

    @Test
    void mayDayAndNationalDayMoveEveryYear() {
        assertThat(deadlines.deadlineOf(ReportingPeriod.of(2024, 4)).toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(deadlines.deadlineOf(ReportingPeriod.of(2025, 4)).toLocalDate()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(deadlines.deadlineOf(ReportingPeriod.of(2023, 9)).toLocalDate())
            .isEqualTo(LocalDate.of(2023, 10, 7));
        assertThat(deadlines.deadlineOf(ReportingPeriod.of(2026, 9)).toLocalDate())
            .isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void daysLateCountFromTheMovedDeadline() {
        var policy = new LatenessPolicy(deadlines, Clock.fixed(at("2025-10-20T09:00"), BureauZone.ZONE));
        ReportingPeriod september = ReportingPeriod.of(2025, 9);
        assertThat(policy.assess(september, at("2025-10-09T16:00"))).isEqualTo(Lateness.onTime());
        assertThat(policy.assess(september, at("2025-10-10T09:00"))).isEqualTo(Lateness.late(1));
        var due = new LatenessPolicy(deadlines, Clock.fixed(at("2025-10-08T09:00"), BureauZone.ZONE));
        assertThat(due.assess(september, null)).isEqualTo(Lateness.pending());
    }

    @Test
    void aYearMissingFromTheCalendarFallsBackToWeekendsAndIsSaidOnce() {
        // 2030-02-03 is a Sunday; the file knows nothing of 2030.
        assertThat(dueOf(2030, 1)).isEqualTo("2030-02-04 23:59:59（原定 02-03，遇星期日顺延）");
        assertThat(dueOf(2030, 4)).isEqualTo("2030-05-03 23:59:59");
        assertThat(missingYears).containsExactly(2030);
    }

    @Test
    void withoutTheCalendarNothingMoves() {
        assertThat(DeadlinePolicy.plan().deadline(ReportingPeriod.of(2025, 9)).text()).isEqualTo("2025-10-03 23:59:59");
    }

    @Test
    void anApprovedExtensionMovesOneSectionsDeadlineButNeverEarlier() {
        ReportingPeriod june = ReportingPeriod.of(2025, 6);
        assertThat(deadlines.deadline(june, LocalDate.of(2025, 7, 10)).text())
            .isEqualTo("2025-07-10 23:59:59（延期至 2025-07-10）");
        assertThat(deadlines.deadline(june, LocalDate.of(2025, 7, 1)).text()).isEqualTo("2025-07-03 23:59:59");
        var policy = new LatenessPolicy(deadlines, Clock.fixed(at("2025-07-20T09:00"), BureauZone.ZONE));
        assertThat(policy.assess(june, at("2025-07-09T09:00"), LocalDate.of(2025, 7, 10))).isEqualTo(Lateness.onTime());
        assertThat(policy.assess(june, at("2025-07-12T09:00"), LocalDate.of(2025, 7, 10))).isEqualTo(Lateness.late(2));
    }

}
