package cn.liulin.enforcement.reports.phase;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 同比: the change against the same months a year before, as people write it (+12.5%,
 * -3.0%, 新增, —).
 */
final class Change {

    private Change() {
    }

    static String percent(int now, int yearBefore) {
        if (yearBefore == 0) {
            return now == 0 ? "—" : "新增";
        }
        BigDecimal change = BigDecimal.valueOf((now - yearBefore) * 100L)
            .divide(BigDecimal.valueOf(yearBefore), 1, RoundingMode.HALF_UP);
        return (change.signum() > 0 ? "+" : "") + change.toPlainString() + "%";
    }

}
