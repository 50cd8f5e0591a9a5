package cn.liulin.enforcement.reports.monthly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.lateness.ReportingRates;
import cn.liulin.enforcement.submissions.MonthlyCounts;
import cn.liulin.enforcement.supervision.SupervisionFigures;

/**
 * Everything the 月报 of one period shows, computed before rendering so that the PDF, the
 * XLSX and the version check all use the same figures.
 */
record MonthlyReportData(String bureau, ReportingPeriod period, String deadline, List<Line> lines,
        MonthlyCounts monthTotal, MonthlyCounts yearTotal, ReportingRates rates, List<String> lateAndMissing,
        SupervisionFigures supervisionMonth, SupervisionFigures supervisionCampaign, LocalDate campaignStart,
        InspectionBlock inspections) {

    /** The same month with its 入企检查 block. */
    MonthlyReportData with(InspectionBlock block) {
        return new MonthlyReportData(bureau, period, deadline, lines, monthTotal, yearTotal, rates, lateAndMissing,
                supervisionMonth, supervisionCampaign, campaignStart, block);
    }

    /**
     * One section's row.
     *
     * @param month the month's counts, or {@code null} when nothing was received
     */
    record Line(String section, MonthlyCounts month, MonthlyCounts year, String status, String receivedAt) {
    }

    static final List<String> COUNT_NAMES = List.of("行政检查合计", "涉企行政检查", "行政处罚合计", "涉企行政处罚", "行政强制合计", "涉企行政强制");
    static final List<String> SUPERVISION_NAMES = List.of("抽查案件数", "纠正违规执法数", "通报曝光数", "移送问题线索数");
    static final String TOTAL = "合计";
    static final String SUPERVISION = "执法监督";

    /**
     * The figures a reader would compare between two versions: one packed entry per
     * section ({@code 状态|本月六项|本年累计六项}), so that a province's 30,000 sections stay small
     * in memory and in the database; {@link #describeChange} spells a changed entry out
     * figure by figure.
     */
    Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        for (Line line : lines) {
            figures.put(line.section(), line.status() + "|" + join(line.month()) + "|" + join(line.year()));
        }
        figures.put(TOTAL, "|" + join(monthTotal) + "|" + join(yearTotal));
        figures.put("报送率", rates.completeness());
        figures.put("及时率", rates.timeliness());
        figures.put(SUPERVISION, join(supervisionMonth) + "|" + join(supervisionCampaign));
        if (!inspections.summary().isEmpty()) {
            figures.put("入企检查", inspections.summary());
            figures.put("报送数与登记核对", inspections.reconciliation());
        }
        return figures;
    }

    /** {@code 危险化学品安全监督管理股 本月行政检查合计：12 → 15}, a line per changed figure. */
    static List<String> describeChange(String label, String before, String after) {
        if (!before.contains("|") || !after.contains("|")) {
            return List.of(label + "：" + before + " → " + after);
        }
        String[] old = before.split("\\|", -1);
        String[] now = after.split("\\|", -1);
        List<String> lines = new ArrayList<>();
        if (label.equals(SUPERVISION)) {
            lines.addAll(numbers(label + " 本月", old[0], now[0], SUPERVISION_NAMES));
            lines.addAll(numbers(label + " 专项行动以来", old[1], now[1], SUPERVISION_NAMES));
            return lines;
        }
        if (!old[0].equals(now[0])) {
            lines.add(label + " 报送状态：" + old[0] + " → " + now[0]);
        }
        lines.addAll(numbers(label + " 本月", old[1], now[1], COUNT_NAMES));
        lines.addAll(numbers(label + " 本年累计", old[2], now[2], COUNT_NAMES));
        return lines;
    }

    private static List<String> numbers(String prefix, String before, String after, List<String> names) {
        List<String> lines = new ArrayList<>();
        String[] old = before.isEmpty() ? new String[0] : before.split(",");
        String[] now = after.isEmpty() ? new String[0] : after.split(",");
        for (int i = 0; i < names.size(); i++) {
            String a = i < old.length ? old[i] : "（无）";
            String b = i < now.length ? now[i] : "（无）";
            if (!a.equals(b)) {
                lines.add(prefix + names.get(i) + "：" + a + " → " + b);
            }
        }
        return lines;
    }

    private static String join(MonthlyCounts c) {
        return c == null ? "" : c.inspectionTotal() + "," + c.inspectionEnterprise() + "," + c.penaltyTotal() + ","
                + c.penaltyEnterprise() + "," + c.coercionTotal() + "," + c.coercionEnterprise();
    }

    private static String join(SupervisionFigures s) {
        return s.spotChecks() + "," + s.corrections() + "," + s.exposures() + "," + s.referrals();
    }
}
