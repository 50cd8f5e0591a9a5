package cn.liulin.enforcement.supervision;

import java.time.LocalDate;

/** One row of the 执法监督台账. */
record SupervisionActivity(int rowNumber, LocalDate date, SupervisionType type, String sectionCode, int quantity,
        String note) {

    String key() {
        return cn.liulin.enforcement.intake.RowVersions.key(date, type, sectionCode, note);
    }
}
