package cn.liulin.enforcement.reports.monthly;

import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportRenderer;

/** The 月报 of one period, ready to deliver. */
record MonthlyReportContent(MonthlyReportData data, MonthlyReportRenderer renderer,
        String generatedAt) implements ReportContent {

    @Override
    public ReportDelivery.Target target() {
        return new ReportDelivery.Target(MonthlyReport.REPORT, data.period().toString(), data.period().toString(),
                data.bureau() + "涉企行政执法情况月报_" + data.period().chinese());
    }

    @Override
    public Map<String, String> figures() {
        return data.figures();
    }

    @Override
    public ReportRenderer.Filled render(ReportDelivery.Version version) {
        return renderer.render(data, version, generatedAt);
    }

    @Override
    public List<String> describeChange(String label, String before, String after) {
        return MonthlyReportData.describeChange(label, before, after);
    }
}
