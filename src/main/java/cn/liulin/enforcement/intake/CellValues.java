package cn.liulin.enforcement.intake;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * How the cells people type are read: counts, months and dates, each with a Chinese
 * message that says what was expected. Shared by every kind of file.
 */
public final class CellValues {

    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}(\\.0+)?");

    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    private static final Pattern NEGATIVE = Pattern.compile("-\\d+(\\.\\d+)?");

    private static final Pattern CHINESE_NUMERAL = Pattern.compile("[零〇一二两三四五六七八九十百千万]+");

    private CellValues() {
    }

    /** Full-width digits and signs as ASCII, outer spaces gone. */
    public static String plain(String text) {
        return (Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC))
            .strip();
    }

    /**
     * A count: a whole number >= 0. Blank, {@code 0} and {@code 无} mean 0 (the plan:
     * 没有的填无); {@code 3.0} as Excel stores it is 3. Reports the error and returns empty
     * otherwise.
     */
    public static OptionalInt count(Row row, String column, IntakeErrors errors) {
        String raw = row.get(column);
        if (isShortDigits(raw)) {
            // Nearly every cell: read without normalising or matching (a million rows
            // have six each).
            return OptionalInt.of(Integer.parseInt(raw));
        }
        String text = plain(raw);
        if (text.isEmpty() || text.equals("无")) {
            return OptionalInt.of(0);
        }
        if (WHOLE.matcher(text).matches()) {
            int dot = text.indexOf('.');
            return OptionalInt.of(Integer.parseInt(dot < 0 ? text : text.substring(0, dot)));
        }
        if (THOUSANDS.matcher(text).matches() && text.length() <= 11) {
            return OptionalInt.of(Integer.parseInt(text.replace(",", "")));
        }
        errors.add(row, column, countError(text));
        return OptionalInt.empty();
    }

    private static boolean isShortDigits(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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

    /** A required text cell, trimmed; reports the error and returns null when blank. */
    public static String requiredText(Row row, String column, IntakeErrors errors) {
        String text = row.get(column);
        if (text.isEmpty()) {
            errors.add(row, column, column + "为必填项，不能为空");
            return null;
        }
        return text;
    }

    /** A value from a configured list; reports which values are allowed otherwise. */
    public static String choice(Row row, String column, List<String> allowed, IntakeErrors errors) {
        String text = plain(row.get(column));
        if (text.isEmpty()) {
            errors.add(row, column, column + "为必填项，应为以下之一：" + String.join(" / ", allowed));
            return null;
        }
        if (!allowed.contains(text)) {
            errors.add(row, column, "“" + text + "”不在可选项中，" + column + "应为以下之一：" + String.join(" / ", allowed));
            return null;
        }
        return text;
    }

    /**
     * A required date; a date cell, {@code 2025-07-02}, {@code 2025/7/2} or
     * {@code 2025年7月2日}.
     */
    public static LocalDate requiredDate(Row row, String column, IntakeErrors errors) {
        String text = row.get(column);
        if (text.isEmpty()) {
            errors.add(row, column, column + "为必填项，应填写日期，例如 2025-07-02");
            return null;
        }
        LocalDate date = CellDates.date(text);
        if (date == null) {
            errors.add(row, column, "无法识别的日期，应写作 2025-07-02 或 2025年7月2日");
        }
        return date;
    }

    /**
     * A whole number at least {@code min}; blank gives {@code whenBlank} (null: the cell
     * is required).
     */
    public static Integer wholeNumber(Row row, String column, int min, Integer whenBlank, IntakeErrors errors) {
        String text = plain(row.get(column));
        if (text.isEmpty()) {
            if (whenBlank == null) {
                errors.add(row, column, column + "为必填项，应填写整数");
            }
            return whenBlank;
        }
        if (WHOLE.matcher(text).matches()) {
            int dot = text.indexOf('.');
            int value = Integer.parseInt(dot < 0 ? text : text.substring(0, dot));
            if (value >= min) {
                return value;
            }
        }
        String message;
        if (WHOLE.matcher(text).matches() || NEGATIVE.matcher(text).matches()) {
            message = column + "应为不小于 " + min + " 的整数";
        }
        else if (DECIMAL.matcher(text).matches()) {
            message = column + "应为整数，不能有小数";
        }
        else {
            message = column + "应填写整数（阿拉伯数字）";
        }
        errors.add(row, column, message);
        return null;
    }

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    /**
     * An amount in yuan: >= 0, at most 2 decimals; {@code 1,000.50} and a trailing
     * {@code 元} are accepted.
     */
    public static BigDecimal amount(Row row, String column, IntakeErrors errors) {
        String text = plain(row.get(column)).replace(",", "").replaceFirst("元$", "").replaceFirst("^[¥￥]", "");
        if (text.isEmpty()) {
            errors.add(row, column, column + "为必填项，应填写金额（元），没有的填 0");
            return null;
        }
        if (AMOUNT.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        if (text.matches("-?\\d+(\\.\\d+)?")) {
            errors.add(row, column, text.startsWith("-") ? "金额不能为负数" : "金额最多保留 2 位小数");
        }
        else {
            errors.add(row, column, "应填写金额（元），例如 10000.00");
        }
        return null;
    }

    /** 是 / 否. */
    public static Boolean yesNo(Row row, String column, IntakeErrors errors) {
        String text = plain(row.get(column));
        if (text.equals("是")) {
            return true;
        }
        if (text.equals("否")) {
            return false;
        }
        errors.add(row, column, column + "应填写“是”或“否”");
        return null;
    }

}
