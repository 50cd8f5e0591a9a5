package cn.liulin.enforcement.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.liulin.enforcement.core.ReportingPeriod;

/**
 * Months and dates as people write them in the cells of an input file, or as an Excel
 * date cell reads.
 */
public final class CellDates {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?([T\\s]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?");

    private static final Pattern COMPACT_MONTH = Pattern.compile("(\\d{4})(\\d{2})");

    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?(份)?");

    /**
     * A month: {@code 2025-06}, {@code 2025年6月}, {@code 2025/6}, {@code 202506}, or a
     * date (its month, as an Excel date cell reads).
     */
    public static ReportingPeriod month(String raw) {
        String text = CellValues.plain(raw);
        try {
            Matcher m = MONTH.matcher(text);
            if (m.matches()) {
                return new ReportingPeriod(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = COMPACT_MONTH.matcher(text);
            if (m.matches()) {
                return new ReportingPeriod(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            LocalDate date = date(text);
            return date == null ? null : ReportingPeriod.containing(date);
        }
        catch (DateTimeException e) {
            return null;
        }
    }

    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    /**
     * A date: {@code 2025-07-02}, {@code 2025/7/2}, {@code 2025.7.2}, {@code 2025年7月2日},
     * {@code 20250702}, optionally with a time; null if not one.
     */
    public static LocalDate date(String raw) {
        String text = CellValues.plain(raw);
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(text);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        }
        catch (DateTimeException e) {
            return null;
        }
    }

    private CellDates() {
    }

}
