package cn.liulin.enforcement.reports.phase;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.inspections.InspectionCounts;
import cn.liulin.enforcement.inspections.InspectionWarnings;
import cn.liulin.enforcement.inspections.Warning;
import cn.liulin.enforcement.reports.Block;

import org.springframework.stereotype.Component;

/**
 * The phase's 入企检查 by month: inspections, enterprises and warnings, and the warnings by
 * rule.
 */
@Component
class PhaseInspectionBlock {

    private final InspectionCounts counts;

    private final InspectionWarnings warnings;

    PhaseInspectionBlock(InspectionCounts counts, InspectionWarnings warnings) {
        this.counts = counts;
        this.warnings = warnings;
    }

    Block of(ReportingPeriod first, ReportingPeriod last) {
        List<List<String>> rows = new ArrayList<>();
        Map<Warning.Rule, Integer> byRule = new EnumMap<>(Warning.Rule.class);
        int inspections = 0;
        int warned = 0;
        for (ReportingPeriod month = first; !month.isAfter(last); month = month.next()) {
            int visits = counts.bySection(month).values().stream().mapToInt(InspectionCounts.Counts::inspections).sum();
            List<Warning> found = warnings.of(month);
            found.forEach(w -> byRule.merge(w.rule(), 1, Integer::sum));
            rows.add(List.of(month.chinese(), Integer.toString(visits), Integer.toString(counts.enterprises(month)),
                    Integer.toString(found.size())));
            inspections += visits;
            warned += found.size();
        }
        rows.add(List.of("合计", Integer.toString(inspections), "", Integer.toString(warned)));
        String text = byRule.isEmpty() ? "本阶段没有入企检查预警。"
                : "预警按规则：" + byRule.entrySet()
                    .stream()
                    .map(e -> e.getKey().chinese() + " " + e.getValue() + " 条")
                    .collect(Collectors.joining("、")) + "。";
        return new Block("七、入企检查", List.of("统计月份", "入企检查", "企业", "预警"), rows, text);
    }

}
