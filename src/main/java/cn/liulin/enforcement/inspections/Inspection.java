package cn.liulin.enforcement.inspections;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One inspection a section made at an enterprise (spec 3.6).
 *
 * @param filedOn the day of its 入企报备, or null when it was not filed
 */
record Inspection(int rowNumber, LocalDate inspectedOn, String sectionCode, String enterprise, String creditCode,
        String industry, String item, String source, boolean joint, List<String> inspectors, LocalDate filedOn,
        boolean notice, boolean publicity, boolean feedback, String systemNumber, String result) {

    YearMonth month() {
        return YearMonth.from(inspectedOn);
    }
}
