package cn.liulin.enforcement.lateness;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import cn.liulin.enforcement.core.BureauZone;
import cn.liulin.enforcement.core.ReportingPeriod;

/**
 * When a period's counts are due: on {@code day} of the following month at {@code time},
 * in the bureau's time zone (the plan: 每月3日前报回上月数据). The period 2025-06 is due 2025-07-03
 * 23:59:59.
 */
public record DeadlinePolicy(int day, LocalTime time, ZoneId zone) {

    public DeadlinePolicy {
        if (day < 1 || day > 28) {
            throw new IllegalArgumentException("deadline day must be 1..28, was " + day);
        }
    }

    public static DeadlinePolicy plan() {
        return new DeadlinePolicy(3, LocalTime.of(23, 59, 59), BureauZone.ZONE);
    }

    public ZonedDateTime deadlineOf(ReportingPeriod period) {
        return period.next().month().atDay(day).atTime(time).atZone(zone);
    }
}
