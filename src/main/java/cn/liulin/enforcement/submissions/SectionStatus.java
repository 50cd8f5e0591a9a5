package cn.liulin.enforcement.submissions;

import java.time.Instant;
import java.time.LocalDate;

import cn.liulin.enforcement.lateness.Lateness;
import cn.liulin.enforcement.sections.Section;

/**
 * One section's standing for one period: the verdict, when its first accepted submission
 * arrived (which decides the verdict), whether it was corrected since (更正), and its
 * current counts.
 *
 * @param counts the latest version's counts, or {@code null} when nothing was received
 * @param extendedTo the day an approved extension moved its deadline to, or {@code null}
 */
public record SectionStatus(Section section, Lateness lateness, Instant firstReceivedAt, Instant lastReceivedAt,
        boolean corrected, MonthlyCounts counts, LocalDate extendedTo) {

    /**
     * {@code 按时报送}, {@code 逾期报送 2天（更正）}, {@code 按时报送（延期至 2025-07-10）}: as reports print
     * it.
     */
    public String verdict() {
        return lateness.chinese() + (corrected ? "（更正）" : "") + (extendedTo == null ? "" : "（延期至 " + extendedTo + "）");
    }
}
