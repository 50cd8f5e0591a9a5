package cn.liulin.enforcement.lateness;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import cn.liulin.enforcement.core.BureauZone;
import cn.liulin.enforcement.core.HolidayCalendar;
import cn.liulin.enforcement.core.ReportingPeriod;

/**
 * When a period's counts are due: on {@code day} of the following month at {@code time},
 * in the bureau's time zone (the plan: 每月3日前报回上月数据). A day that is a rest day of
 * {@code holidays} moves the deadline to the next working day, as Chinese law counts the
 * end of a period (民事诉讼法第八十五条); without a calendar nothing moves. The period 2025-06 is
 * due 2025-07-03 23:59:59, 2025-09 on 2025-10-09.
 *
 * @param holidays the rest days that move a deadline, or {@code null} to keep it where it
 * falls
 */
public record DeadlinePolicy(int day, LocalTime time, ZoneId zone, HolidayCalendar holidays) {

    public DeadlinePolicy {
        if (day < 1 || day > 28) {
            throw new IllegalArgumentException("deadline day must be 1..28, was " + day);
        }
    }

    /** The plan's rule as written: the 3rd at 23:59:59, whatever day that is. */
    public static DeadlinePolicy plan() {
        return new DeadlinePolicy(3, LocalTime.of(23, 59, 59), BureauZone.ZONE, null);
    }

    /** The same rule, with rest days of this calendar moving the deadline. */
    public DeadlinePolicy followingHolidays(HolidayCalendar calendar) {
        return new DeadlinePolicy(day, time, zone, calendar);
    }

    public Deadline deadline(ReportingPeriod period) {
        LocalDate nominal = period.next().month().atDay(day);
        if (holidays == null || !holidays.isRestDay(nominal)) {
            return new Deadline(nominal.atTime(time).atZone(zone), nominal, null);
        }
        LocalDate moved = holidays.workingDayFrom(nominal);
        return new Deadline(moved.atTime(time).atZone(zone), nominal,
                "原定 " + Deadline.DAY.format(nominal) + "，遇" + holidays.restReason(nominal).orElseThrow() + "顺延");
    }

    /**
     * A section's deadline with an approved extension: the end of the day it was extended
     * to, never earlier than the period's own deadline.
     */
    public Deadline deadline(ReportingPeriod period, LocalDate extendedTo) {
        Deadline own = deadline(period);
        if (extendedTo == null || !extendedTo.isAfter(own.at().toLocalDate())) {
            return own;
        }
        return new Deadline(extendedTo.atTime(time).atZone(zone), own.nominal(), "延期至 " + extendedTo);
    }

    public ZonedDateTime deadlineOf(ReportingPeriod period) {
        return deadline(period).at();
    }
}
