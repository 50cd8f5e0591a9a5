package cn.liulin.enforcement.reports.inspections;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.inspections.InspectionCounts;
import cn.liulin.enforcement.inspections.InspectionWarnings;
import cn.liulin.enforcement.lateness.LatenessPolicy;
import cn.liulin.enforcement.reports.Report;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.ReportDefinition;
import cn.liulin.enforcement.reports.ReportKit;
import cn.liulin.enforcement.reports.ReportOption;
import cn.liulin.enforcement.reports.ReportSchedule;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 入企检查情况及预警清单 (spec 5.7) of a period, to {@code <output-dir>/<period>/}: per section its
 * inspections, enterprises and warnings, then every warning by rule with the rows behind
 * it. Scheduled and caught up with the 月报: every closed period gets a current one.
 */
@Report(name = "inspections", title = "入企检查情况及预警清单",
        description = { "生成某统计月份的入企检查情况及预警清单。",
                "各股室的入企检查次数、企业数和预警数，以及按规则分组的每条预警和它所依据的登记行（文件、行号、股室、企业、日期），放入 共享文件夹/YYYY-MM/。" })
@Component
@Order(7)
record InspectionReport(InspectionCounts counts, InspectionWarnings warnings, LatenessPolicy lateness,
        ReportKit kit) implements ReportDefinition<InspectionReport.Parameters> {

    record Parameters(@ReportOption(label = "YYYY-MM", description = "统计月份，例如 2025-06") YearMonth period) {
    }

    @Override
    public Optional<ReportContent> content(Parameters parameters) {
        ReportingPeriod period = new ReportingPeriod(parameters.period());
        return Optional.of(new InspectionReportContent(kit.bureau(), period, kit.sections().mustReport(period),
                counts.bySection(period), counts.enterprises(period), warnings.of(period), kit.footer(),
                kit.generatedAt(), kit.renderer()));
    }

    @Override
    public Optional<ReportSchedule<Parameters>> schedule() {
        return Optional
            .of(new ReportSchedule<>(kit.properties().schedule().monthlyReport(), this::closedPeriods, true));
    }

    private List<Parameters> closedPeriods() {
        return lateness.closedPeriods(kit.properties().goLive()).stream().map(p -> new Parameters(p.month())).toList();
    }
}
