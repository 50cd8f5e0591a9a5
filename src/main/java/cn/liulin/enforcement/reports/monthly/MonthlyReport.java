package cn.liulin.enforcement.reports.monthly;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.inspections.InspectionCounts;
import cn.liulin.enforcement.inspections.InspectionWarnings;
import cn.liulin.enforcement.inspections.Reconciliation;
import cn.liulin.enforcement.lateness.LatenessPolicy;
import cn.liulin.enforcement.reports.Report;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.ReportDefinition;
import cn.liulin.enforcement.reports.ReportKit;
import cn.liulin.enforcement.reports.ReportOption;
import cn.liulin.enforcement.reports.ReportSchedule;
import cn.liulin.enforcement.submissions.CountTotals;
import cn.liulin.enforcement.submissions.PeriodStatusQuery;
import cn.liulin.enforcement.supervision.SupervisionFiguresQuery;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 涉企行政执法情况月报 (spec 5.1), to {@code <output-dir>/<period>/}. Scheduled: every closed
 * period (its deadline passed) from the go-live month on gets a current 月报, a first
 * version or, after a late submission or a correction, a new one; after downtime across
 * two deadlines both appear, oldest first. Without a go-live month only the last closed
 * period is looked at.
 */
@Report(name = "monthly", title = "涉企行政执法情况月报",
        description = { "生成某统计月份的涉企行政执法情况月报（报县司法局），放入 共享文件夹/YYYY-MM/。", "已交付且数据未变时不重复生成；数据有更正时生成新版本（_v2）并附变更说明。" })
@Component
@Order(1)
class MonthlyReport implements ReportDefinition<MonthlyReport.Parameters> {

    static final String REPORT = "MONTHLY";

    record Parameters(@ReportOption(label = "YYYY-MM", description = "统计月份，例如 2025-06") YearMonth period) {
    }

    private final MonthlyReportQuery query;

    private final MonthlyReportRenderer renderer;

    private final LatenessPolicy lateness;

    private final ReportKit kit;

    private final InspectionCounts inspectionCounts;

    private final InspectionWarnings inspectionWarnings;

    private final Reconciliation reconciliation;

    MonthlyReport(PeriodStatusQuery statuses, CountTotals totals, LatenessPolicy lateness,
            SupervisionFiguresQuery supervision, ReportKit kit, InspectionCounts inspectionCounts,
            InspectionWarnings inspectionWarnings, Reconciliation reconciliation) {
        this.inspectionCounts = inspectionCounts;
        this.inspectionWarnings = inspectionWarnings;
        this.reconciliation = reconciliation;
        this.query = new MonthlyReportQuery(statuses, totals, kit.sections(), lateness, kit.clock().getZone(),
                supervision, kit.properties().campaign().start());
        this.renderer = new MonthlyReportRenderer(kit.renderer(), kit.properties().contact());
        this.lateness = lateness;
        this.kit = kit;
    }

    @Override
    public Optional<ReportContent> content(Parameters parameters) {
        ReportingPeriod period = new ReportingPeriod(parameters.period());
        InspectionBlock inspections = InspectionBlock.of(period, kit.sections().mustReport(period),
                inspectionCounts.bySection(period), inspectionCounts.enterprises(period), inspectionWarnings.of(period),
                reconciliation);
        return Optional
            .of(new MonthlyReportContent(query.query(period).with(inspections), renderer, kit.generatedAt()));
    }

    @Override
    public Optional<ReportSchedule<Parameters>> schedule() {
        return Optional
            .of(new ReportSchedule<>(kit.properties().schedule().monthlyReport(), this::closedPeriods, true));
    }

    /** The closed periods the scheduler is responsible for, oldest first. */
    List<Parameters> closedPeriods() {
        return lateness.closedPeriods(kit.properties().goLive()).stream().map(p -> new Parameters(p.month())).toList();
    }

}
