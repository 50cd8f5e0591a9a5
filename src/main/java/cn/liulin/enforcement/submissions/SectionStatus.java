package cn.liulin.enforcement.submissions;

import java.time.Instant;

import cn.liulin.enforcement.lateness.Lateness;
import cn.liulin.enforcement.sections.Section;

/**
 * One section's standing for one period: the verdict, when its first accepted submission
 * arrived (which decides the verdict), whether it was corrected since (更正), and its
 * current counts.
 *
 * @param counts the latest version's counts, or {@code null} when nothing was received
 */
public record SectionStatus(Section section, Lateness lateness, Instant firstReceivedAt, Instant lastReceivedAt,
        boolean corrected, MonthlyCounts counts) {
}
