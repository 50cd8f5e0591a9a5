package cn.liulin.enforcement.reports;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import cn.liulin.enforcement.ReportingProperties;

/**
 * What every report's footer prints: the bureau, who filled in the form, how to reach
 * them, when it was made.
 */
public final class ReportFooter {

    private ReportFooter() {
    }

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** When a report was generated, as its footer prints it: {@code 2025-07-04 01:00}. */
    public static String generatedAt(Clock clock) {
        return GENERATED.format(clock.instant().atZone(clock.getZone()));
    }

    public static String of(String bureau, ReportingProperties.Contact contact) {
        return bureau + "　填表人：" + contact.preparedBy() + "　联系方式：" + (contact.phone().isBlank() ? "—" : contact.phone());
    }

}
