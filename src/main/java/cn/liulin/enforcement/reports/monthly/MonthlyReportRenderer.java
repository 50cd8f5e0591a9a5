package cn.liulin.enforcement.reports.monthly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportFooter;
import cn.liulin.enforcement.reports.ReportRenderer;
import cn.liulin.enforcement.submissions.MonthlyCounts;

/** Turns a 月报's figures into the template's parameters and rows, and fills it. */
class MonthlyReportRenderer {

    static final String TEMPLATE = "monthlyReport";

    private final ReportRenderer renderer;

    private final ReportingProperties.Contact contact;

    MonthlyReportRenderer(ReportRenderer renderer, ReportingProperties.Contact contact) {
        this.renderer = renderer;
        this.contact = contact;
    }

    ReportRenderer.Filled render(MonthlyReportData data, ReportDelivery.Version version, String generatedAt) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE",
                data.bureau() + "涉企行政执法情况月报" + (version.number() > 1 ? "（第 " + version.number() + " 版）" : ""));
        parameters.put("SUBTITLE",
                "统计月份：" + data.period().chinese() + "　　报送截止：" + data.deadline() + "　　报送：县司法局（县行政执法协调监督局）");
        parameters.put("FOOTER", ReportFooter.of(data.bureau(), contact));
        parameters.put("GENERATED_AT", generatedAt);
        List<Integer> totals = new ArrayList<>(counts(data.monthTotal()));
        totals.addAll(counts(data.yearTotal()));
        parameters.put("TOTALS", totals);
        var rates = data.rates();
        parameters.put("RATES_TEXT",
                "应报股室 " + rates.due() + " 个，已报 " + rates.reported() + " 个（按时 " + rates.onTime() + " 个，逾期 "
                        + rates.late() + " 个），逾期未报 " + rates.missing() + " 个"
                        + (rates.pending() > 0 ? "，未到期 " + rates.pending() + " 个" : "") + "；报送率 " + rates.completeness()
                        + "，及时率 " + rates.timeliness() + "。");
        parameters.put("LATE_TEXT",
                "逾期及未报股室："
                        + (data.lateAndMissing().isEmpty() ? "无"
                                : String.join("；", ReportContent.listed(data.lateAndMissing(), "另有 %d 个，见上表“报送状态”列")))
                        + "。");
        parameters.put("SUPERVISION",
                List.of(data.supervisionMonth().spotChecks(), data.supervisionMonth().corrections(),
                        data.supervisionMonth().exposures(), data.supervisionMonth().referrals(),
                        data.supervisionCampaign().spotChecks(), data.supervisionCampaign().corrections(),
                        data.supervisionCampaign().exposures(), data.supervisionCampaign().referrals()));
        parameters.put("SUPERVISION_LABELS", supervisionLabels(data));
        parameters.put("INSPECTIONS_TEXT", data.inspections().summary());
        parameters.put("RECONCILE_TEXT", data.inspections().reconciliation());
        parameters.put("SUPERVISION_NOTE",
                "注：取自执法监督台账，移送问题线索数另含 12345 投诉中移送纪检监察机关且台账未登记的件数；" + "专项行动以来自专项行动开始之日起累计" + campaignNote(data) + "。");
        parameters.put("CHANGES_TEXT", ReportContent.changesText(version));
        return renderer.fill(TEMPLATE, parameters, rows(data));
    }

    /**
     * Each row says which days it covers, so that the two never seem to contradict each
     * other.
     */
    private static List<String> supervisionLabels(MonthlyReportData data) {
        LocalDate first = data.period().firstDay();
        LocalDate last = data.period().month().atEndOfMonth();
        String month = "本月（" + first.toString().substring(5) + " 至 " + last.toString().substring(5) + "）";
        LocalDate start = data.campaignStart();
        if (start == null || start.isAfter(last)) {
            return List.of(month, "专项行动以来（尚未开始）");
        }
        return List.of(month, "专项行动以来（" + start + " 起）");
    }

    private static String campaignNote(MonthlyReportData data) {
        LocalDate start = data.campaignStart();
        if (start != null && start.isAfter(data.period().firstDay())
                && !start.isAfter(data.period().month().atEndOfMonth())) {
            return "；专项行动 " + start + " 开始，本月此前的监督活动只计入“本月”，因此“专项行动以来”可能小于“本月”";
        }
        return "";
    }

    private static List<Map<String, ?>> rows(MonthlyReportData data) {
        List<Map<String, ?>> rows = new ArrayList<>();
        int index = 1;
        for (MonthlyReportData.Line line : data.lines()) {
            Map<String, Object> row = new HashMap<>();
            row.put("idx", index++);
            row.put("section", line.section());
            List<Integer> month = line.month() == null ? null : counts(line.month());
            List<Integer> year = counts(line.year());
            for (int i = 0; i < 6; i++) {
                row.put("m" + (i + 1), month == null ? null : month.get(i));
                row.put("y" + (i + 1), year.get(i));
            }
            row.put("status", line.status());
            row.put("received", line.receivedAt());
            rows.add(row);
        }
        return rows;
    }

    private static List<Integer> counts(MonthlyCounts c) {
        return List.of(c.inspectionTotal(), c.inspectionEnterprise(), c.penaltyTotal(), c.penaltyEnterprise(),
                c.coercionTotal(), c.coercionEnterprise());
    }

}
