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

    /**
     * When last year came only as a yearly total there are no same months to compare
     * with; the table shows the yearly total beside it.
     */
    static final String NO_MONTHS = "上年无月度数据";

    /** The headline's form: the yearly total in brackets. */
    static String noMonths(int yearlyTotal) {
        return NO_MONTHS + "（全年 " + yearlyTotal + "）";
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
