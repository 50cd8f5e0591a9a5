package cn.liulin.enforcement.reports.monthly;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.lateness.ReportingPeriod;
import cn.liulin.enforcement.lateness.ReportingRates;
import cn.liulin.enforcement.submissions.MonthlyCounts;
import cn.liulin.enforcement.supervision.SupervisionFigures;

/**
 * Everything the 月报 of one period shows, computed before rendering so that the PDF, the XLSX and the
 * version check all use the same figures.
 */
record MonthlyReportData(String bureau, ReportingPeriod period, String deadline, List<Line> lines,
        MonthlyCounts monthTotal, MonthlyCounts yearTotal, ReportingRates rates, List<String> lateAndMissing,
        SupervisionFigures supervisionMonth, SupervisionFigures supervisionCampaign) {

    /**
     * One section's row.
     *
     * @param month the month's counts, or {@code null} when nothing was received
     */
    record Line(String section, MonthlyCounts month, MonthlyCounts year, String status, String receivedAt) {
    }

    /** The figures a reader would compare between two versions, by label. */
    Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        for (Line line : lines) {
            figures.put(line.section() + " 报送状态", line.status());
            put(figures, line.section() + " 本月", line.month());
            put(figures, line.section() + " 本年累计", line.year());
        }
        put(figures, "合计 本月", monthTotal);
        put(figures, "合计 本年累计", yearTotal);
        figures.put("报送率", rates.completeness());
        figures.put("及时率", rates.timeliness());
        put(figures, "本月", supervisionMonth);
        put(figures, "专项行动以来", supervisionCampaign);
        return figures;
    }

    private static void put(Map<String, String> figures, String prefix, MonthlyCounts c) {
        if (c == null) {
            return;
        }
        figures.put(prefix + "行政检查合计", Integer.toString(c.inspectionTotal()));
        figures.put(prefix + "涉企行政检查", Integer.toString(c.inspectionEnterprise()));
        figures.put(prefix + "行政处罚合计", Integer.toString(c.penaltyTotal()));
        figures.put(prefix + "涉企行政处罚", Integer.toString(c.penaltyEnterprise()));
        figures.put(prefix + "行政强制合计", Integer.toString(c.coercionTotal()));
        figures.put(prefix + "涉企行政强制", Integer.toString(c.coercionEnterprise()));
    }

    private static void put(Map<String, String> figures, String prefix, SupervisionFigures s) {
        figures.put(prefix + "抽查案件数", Integer.toString(s.spotChecks()));
        figures.put(prefix + "纠正违规执法数", Integer.toString(s.corrections()));
        figures.put(prefix + "通报曝光数", Integer.toString(s.exposures()));
        figures.put(prefix + "移送问题线索数", Integer.toString(s.referrals()));
    }
}
