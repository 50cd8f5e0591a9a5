package cn.liulin.enforcement.reports.phase;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.reports.Block;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportRenderer;

/**
 * The 阶段总结 of one phase: its blocks of figures, rendered as one document into
 * {@code 阶段总结/}.
 */
record PhaseSummaryContent(String bureau, PhaseSummaryQuery.Data data, String footer, String generatedAt,
        ReportRenderer renderer) implements ReportContent {

    static final String REPORT = "PHASE";
    static final String FOLDER = "阶段总结";

    @Override
    public ReportDelivery.Target target() {
        return target(data.phase(), bureau);
    }

    /** Where a phase's summary goes: one subject per phase and year. */
    static ReportDelivery.Target target(ReportingProperties.Campaign.Phase phase, String bureau) {
        int year = phase.to().getYear();
        return new ReportDelivery.Target(REPORT, phase.name() + "/" + year, FOLDER,
                bureau + "规范涉企行政执法专项行动" + phase.name() + "阶段总结_" + year + "年");
    }

    @Override
    public Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        for (Block block : data.blocks()) {
            for (List<String> row : block.rows()) {
                for (int i = 1; i < row.size(); i++) {
                    if (!block.header().get(i).isEmpty()) {
                        figures.put(block.title() + " " + row.get(0) + " " + block.header().get(i), row.get(i));
                    }
                }
            }
            if (!block.text().isEmpty()) {
                figures.put(block.title(), block.text());
            }
        }
        return figures;
    }

    @Override
    public ReportRenderer.Filled render(ReportDelivery.Version version) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", bureau + "规范涉企行政执法专项行动" + data.phase().name() + "阶段总结"
                + (version.number() > 1 ? "（第 " + version.number() + " 版）" : ""));
        parameters.put("SUBTITLE",
                "阶段：" + data.phase().from() + " 至 " + data.phase().to() + "　　统计月份：" + data.firstMonth().chinese()
                        + (data.firstMonth().equals(data.lastMonth()) ? "" : "至" + data.lastMonth().chinese()));
        parameters.put("HEADLINE", data.headline());
        parameters.put("FOOTER", footer);
        parameters.put("GENERATED_AT", generatedAt);
        parameters.put("CHANGES_TEXT", ReportContent.changesText(version));
        List<Map<String, ?>> rows = Block.templateRows(data.blocks());
        return renderer.fill("phaseSummary", parameters, rows);
    }
}
