package cn.liulin.enforcement.intake;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How a header cell is compared with a column name: spaces (also full-width and inside
 * the name, as in the plan's 问题 名称) ignored, full-width and half-width brackets alike, a
 * leading {@code *} (required mark) and a trailing unit such as {@code (件)} or
 * {@code (人民币 元/次)} dropped.
 */
final class HeaderNames {

    private static final Pattern TRAILING_UNIT = Pattern.compile("\\([^()]*\\)$");

    private HeaderNames() {
    }

    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC)
            .replace('【', '(')
            .replace('】', ')')
            .replaceAll("[\\s\\u00A0\\u3000]+", "");
        text = text.replaceFirst("^\\*+", "").replaceFirst("\\*+$", "");
        String previous;
        do {
            previous = text;
            text = TRAILING_UNIT.matcher(text).replaceFirst("");
        }
        while (!text.equals(previous) && !text.isEmpty());
        return text.isEmpty() ? previous : text;
    }

}
