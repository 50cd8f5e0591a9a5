package cn.liulin.enforcement.reports.monthly;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.inspections.InspectionCounts;
import cn.liulin.enforcement.inspections.Reconciliation;
import cn.liulin.enforcement.inspections.Warning;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.sections.Section;

/**
 * The 月报's 入企检查 block (spec 5.7): the month's inspections, enterprises and warnings by
 * rule, and per section whether its reported 涉企行政检查 matches its list (一致 / 差 N).
 */
record InspectionBlock(String summary, String reconciliation) {

    static final InspectionBlock NONE = new InspectionBlock("", "");

    static InspectionBlock of(ReportingPeriod period, List<Section> sections,
            Map<String, InspectionCounts.Counts> counts, int enterprises, List<Warning> warnings,
            Reconciliation reconciliation) {
        int inspections = counts.values().stream().mapToInt(InspectionCounts.Counts::inspections).sum();
        Map<Warning.Rule, Long> byRule = new EnumMap<>(Warning.Rule.class);
        warnings.forEach(w -> byRule.merge(w.rule(), 1L, Long::sum));
        String summary = "本月入企检查 " + inspections + " 次，涉及企业 " + enterprises + " 家；系统预警 " + warnings.size() + " 条"
                + (byRule.isEmpty() ? ""
                        : "（" + byRule.entrySet()
                            .stream()
                            .map(e -> e.getKey().chinese() + " " + e.getValue())
                            .collect(Collectors.joining("，")) + "）")
                + "，明细见《入企检查情况及预警清单》。";
        // A section that sent neither its counts nor a list has nothing to compare: the
        // 月报 lists it as missing.
        List<Reconciliation.Line> lines = reconciliation.of(period, sections)
            .stream()
            .filter(line -> line.reported() != null || line.listed() > 0)
            .toList();
        List<String> differing = lines.stream()
            .filter(line -> !line.matches())
            .map(line -> line.section() + " " + line.verdict())
            .toList();
        String checked = !reconciliation.checks(period) ? reconciliation.whyNot(period) : lines.isEmpty()
                ? "本月没有可核对的报送件数或入企检查登记。"
                : "涉企行政检查报送数与入企检查登记核对：" + lines.size() + " 个股室中 " + (lines.size() - differing.size()) + " 个一致"
                        + (differing.isEmpty() ? ""
                                : "；" + String.join("；", ReportContent.listed(differing, "另有 %d 个股室不一致，见各股室的入企检查登记")))
                        + "。";
        return new InspectionBlock(summary, checked);
    }
}
