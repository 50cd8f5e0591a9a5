package cn.liulin.enforcement.reports.phase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.reports.Block;
import cn.liulin.enforcement.reports.Report;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.ReportDefinition;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportKit;
import cn.liulin.enforcement.reports.ReportOption;
import cn.liulin.enforcement.reports.ReportSchedule;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 阶段总结 (spec 5.5) of one campaign phase, to {@code 阶段总结/}. Scheduled: the day after a
 * phase ends its summary is delivered, and a phase that ended while no node ran gets its
 * summary at the next fire.
 */
@Report(name = "phase", title = "专项行动阶段总结", description = "生成专项行动某阶段的阶段总结（执法数据及同比、按月报送、问题整改、投诉举报、执法监督），放入 共享文件夹/阶段总结/。",
        job = "phaseSummaryJob")
@Component
@Order(6)
record PhaseSummary(PhaseSummaryQuery query, PhaseInspectionBlock inspections, ReportDelivery delivery,
        ReportKit kit) implements ReportDefinition<PhaseSummary.Parameters> {

    record Parameters(@ReportOption(label = "NAME", description = "阶段：自查自纠、监督检查或总结提升（见设置）") String phase) {
    }

    @Override
    public Parameters resolve(Parameters given) {
        phase(given.phase());
        return given;
    }

    @Override
    public Optional<ReportContent> content(Parameters parameters) {
        var data = query.query(phase(parameters.phase()), kit.today());
        List<Block> blocks = new ArrayList<>(data.blocks());
        blocks.add(inspections.of(data.firstMonth(), data.lastMonth()));
        return Optional
            .of(new PhaseSummaryContent(
                    kit.bureau(), new PhaseSummaryQuery.Data(data.phase(), data.asOf(), data.firstMonth(),
                            data.lastMonth(), data.headline(), blocks),
                    kit.footer(), kit.generatedAt(), kit.renderer()));
    }

    @Override
    public Optional<ReportSchedule<Parameters>> schedule() {
        return Optional.of(new ReportSchedule<>(kit.properties().schedule().phaseSummary(), this::endedPhases, false));
    }

    /** Phases that ended yesterday, and phases ended earlier that have no summary yet. */
    private List<Parameters> endedPhases() {
        LocalDate today = kit.today();
        return kit.properties()
            .campaign()
            .phases()
            .stream()
            .filter(phase -> today.isAfter(phase.to()))
            .filter(phase -> today.minusDays(1).equals(phase.to())
                    || delivery.latestVersion(PhaseSummaryContent.target(phase, kit.bureau())).isEmpty())
            .map(phase -> new Parameters(phase.name()))
            .toList();
    }

    /**
     * The configured phase of that name; an {@link IllegalArgumentException} listing the
     * names otherwise.
     */
    private ReportingProperties.Campaign.Phase phase(String name) {
        var phases = kit.properties().campaign().phases();
        return phases.stream()
            .filter(phase -> phase.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("没有名为“" + name + "”的阶段，应为："
                    + String.join(" / ", phases.stream().map(ReportingProperties.Campaign.Phase::name).toList())));
    }
}
