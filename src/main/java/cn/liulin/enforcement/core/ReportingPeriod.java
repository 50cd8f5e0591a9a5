package cn.liulin.enforcement.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** 统计月份: one calendar month, written {@code YYYY-MM}. */
public record ReportingPeriod(YearMonth month) implements Comparable<ReportingPeriod> {

    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年MM月");

    public ReportingPeriod {
        if (month == null) {
            throw new IllegalArgumentException("month is required");
        }
    }

    public static ReportingPeriod of(int year, int month) {
        return new ReportingPeriod(YearMonth.of(year, month));
    }

    /**
     * Parses {@code YYYY-MM}; anything else is an {@link IllegalArgumentException} saying
     * what to type.
     */
    public static ReportingPeriod parse(String text) {
        try {
            return new ReportingPeriod(YearMonth.parse(text.strip()));
        }
        catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("统计月份应写作 YYYY-MM，例如 2025-06，而不是 " + text);
        }
    }

    public static ReportingPeriod containing(LocalDate date) {
        return new ReportingPeriod(YearMonth.from(date));
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public ReportingPeriod previous() {
        return new ReportingPeriod(month.minusMonths(1));
    }

    public ReportingPeriod next() {
        return new ReportingPeriod(month.plusMonths(1));
    }

    public boolean isAfter(ReportingPeriod other) {
        return month.isAfter(other.month);
    }

    public boolean isBefore(ReportingPeriod other) {
        return month.isBefore(other.month);
    }

    /** {@code 2025年06月}, as titles and file names print it. */
    public String chinese() {
        return month.format(CHINESE);
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        return month.compareTo(other.month);
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
