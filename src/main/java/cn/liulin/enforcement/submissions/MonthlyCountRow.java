package cn.liulin.enforcement.submissions;

import cn.liulin.enforcement.core.ReportingPeriod;

/** One accepted row of a 月度执法数据 file. */
record MonthlyCountRow(int rowNumber, String sectionCode, ReportingPeriod period, MonthlyCounts counts, String reporter,
        String phone, String remark) {
}
