package cn.liulin.enforcement.reports;

import java.time.Clock;
import java.time.LocalDate;

/** The parameters of a report drawn up as of a day: today unless another day is given. */
public record AsOfDay(
        @ReportOption(label = "YYYY-MM-DD", description = "截至日期（默认今天）", required = false) LocalDate asOf) {

    /** The same, with today filled in when no day was given. */
    public AsOfDay orToday(Clock clock) {
        return asOf != null ? this : new AsOfDay(LocalDate.now(clock));
    }
}
