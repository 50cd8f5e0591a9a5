package cn.liulin.enforcement.reports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as a clerk types it: {@code 2025-07-01}, {@code 2025/7/1}, {@code 2025.7.1} or
 * {@code 2025年7月1日}.
 */
final class TypedDates {

    private static final Pattern DAY = Pattern
        .compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private TypedDates() {
    }

    static LocalDate parse(String text, String option) {
        Matcher day = DAY.matcher(text);
        if (day.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                        Integer.parseInt(day.group(3)));
            }
            catch (DateTimeException e) {
                // falls through to the message below: 2025-02-30 is no day
            }
        }
        throw new IllegalArgumentException(option + " 应为日期，例如 2025-07-01，而不是 " + text);
    }

}
