package cn.liulin.enforcement.extensions;

import java.time.LocalDate;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.intake.RowVersions;

/**
 * One approved extension (spec 3.7): a section may report a period until the end of
 * {@code extendedTo}.
 */
record Extension(int rowNumber, String sectionCode, ReportingPeriod period, LocalDate extendedTo, String approver,
        String reason) {

    /** A later file for the same section and period supersedes. */
    String key() {
        return RowVersions.key(sectionCode, period);
    }
}
