package cn.liulin.enforcement.console.board;

import java.time.YearMonth;

import cn.liulin.enforcement.lateness.ReportingRates;

/**
 * A month's 报送率 and 及时率 over every section that must report (the bureau's, whoever
 * looks), or nothing for a month not yet begun or before the first month of data, and 未到期
 * for a month whose deadline is still ahead.
 */
record MonthRates(YearMonth month, boolean computed, String completeness, String timeliness, double completenessValue,
        double timelinessValue, int due, int reported, int onTime) {

    static MonthRates none(YearMonth month) {
        return new MonthRates(month, false, "", "", 0, 0, 0, 0, 0);
    }

    static MonthRates of(YearMonth month, ReportingRates rates) {
        if (rates.due() == 0) {
            return new MonthRates(month, false, "-", "-", 0, 0, 0, 0, 0);
        }
        if (rates.pending() > 0 && rates.missing() == 0) {
            // Before the deadline the rates only count who was early: not drawn, not a
            // fall.
            return new MonthRates(month, false, "未到期", "未到期", 0, 0, rates.due(), rates.reported(), rates.onTime());
        }
        return new MonthRates(month, true, rates.completeness(), rates.timeliness(),
                100.0 * rates.reported() / rates.due(), 100.0 * rates.onTime() / rates.due(), rates.due(),
                rates.reported(), rates.onTime());
    }

}
