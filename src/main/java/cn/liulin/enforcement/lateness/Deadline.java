package cn.liulin.enforcement.lateness;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The deadline a verdict applied: when it fell, the day the rule named, and why it moved
 * from there (a holiday, an extension), or {@code null} when it did not.
 */
public record Deadline(ZonedDateTime at, LocalDate nominal, String movedBecause) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public boolean moved() {
        return movedBecause != null;
    }

    /**
     * As reports and the status table print it:
     * {@code 2025-10-09 23:59:59（原定 10-03，遇国庆节、中秋节顺延）}.
     */
    public String text() {
        return SHOWN.format(at) + (moved() ? "（" + movedBecause + "）" : "");
    }
}
