package cn.liulin.enforcement.complaints;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.liulin.enforcement.intake.RowVersions;

/**
 * One 12345 hotline complaint (附件3). {@code amount} (yuan) or {@code inspections} is set,
 * never both: for 乱检查 the plan asks for the number of inspections instead of an amount.
 */
public record Complaint(int rowNumber, String serial, String title, String company, LocalDate occurredOn,
        String enforcementUnit, String enforcementType, String nature, String content, String reporter, String contact,
        String supervisionMethod, String handlingResult, LocalDate handledOn, boolean referred, int handledPersons,
        BigDecimal amount, Integer inspections, BigDecimal recovered) {

    /** The same complaint in a later file: same company, same problem, same day. */
    String key() {
        return RowVersions.key(company, title, occurredOn);
    }
}
