package cn.liulin.enforcement.intake;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.liulin.enforcement.lateness.ReportingPeriod;

/**
 * How the cells people type are read: counts, months and dates, each with a Chinese message that says
 * what was expected. Shared by every kind of file.
 */
public final class CellValues {

    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}(\\.0+)?");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern NEGATIVE = Pattern.compile("-\\d+(\\.\\d+)?");
    private static final Pattern CHINESE_NUMERAL = Pattern.compile("[零〇一二两三四五六七八九十百千万]+");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?(份)?");
    private static final Pattern COMPACT_MONTH = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?([T\\s]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?");

    private CellValues() {
    }

    /** Full-width digits and signs as ASCII, outer spaces gone. */
    public static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /**
     * A count: a whole number >= 0. Blank, {@code 0} and {@code 无} mean 0 (the plan: 没有的填无);
     * {@code 3.0} as Excel stores it is 3. Reports the error and returns empty otherwise.
     */
    public static OptionalInt count(Row row, String column, IntakeErrors errors) {
        String text = plain(row.get(column));
        if (text.isEmpty() || text.equals("无")) {
            return OptionalInt.of(0);
        }
        if (WHOLE.matcher(text).matches()) {
            return OptionalInt.of(Integer.parseInt(text.replaceFirst("\\.0+$", "")));
        }
        if (THOUSANDS.matcher(text).matches() && text.length() <= 11) {
            return OptionalInt.of(Integer.parseInt(text.replace(",", "")));
        }
        errors.add(row, column, countError(text));
        return OptionalInt.empty();
    }

    private static String countError(String text) {
        if (NEGATIVE.matcher(text).matches()) {
            return "件数不能为负数";
        }
        if (DECIMAL.matcher(text).matches()) {
            return "件数应为整数，不能有小数";
        }
        if (CHINESE_NUMERAL.matcher(text).matches()) {
            return "请用阿拉伯数字填写件数（例如 3），不要写汉字数字";
        }
        if (text.matches("\\d{10,}")) {
            return "数值过大";
        }
        return "应填写整数件数（没有的填 0 或“无”）";
    }

    /**
     * A month: {@code 2025-06}, {@code 2025年6月}, {@code 2025/6}, {@code 202506}, or a date (its month,
     * as an Excel date cell reads).
     */
    public static ReportingPeriod month(String raw) {
        String text = plain(raw);
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

    /** A date: {@code 2025-07-02}, {@code 2025/7/2}, {@code 2025年7月2日}, optionally with a time; null if not one. */
    public static LocalDate date(String raw) {
        Matcher m = DATE.matcher(plain(raw));
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        catch (DateTimeException e) {
            return null;
        }
    }
}
