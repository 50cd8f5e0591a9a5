package cn.liulin.enforcement.reports.inspections;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.inspections.InspectionCounts;
import cn.liulin.enforcement.inspections.Warning;
import cn.liulin.enforcement.reports.Block;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportRenderer;
import cn.liulin.enforcement.sections.Section;

/** The 入企检查情况及预警清单 of one period, ready to deliver. */
record InspectionReportContent(String bureau, ReportingPeriod period, List<Section> sections,
        Map<String, InspectionCounts.Counts> counts, int enterprises, List<Warning> warnings, String footer,
        String generatedAt, ReportRenderer renderer) implements ReportContent {

    static final String REPORT = "INSPECTIONS";

    @Override
    public ReportDelivery.Target target() {
        return new ReportDelivery.Target(REPORT, period.toString(), period.toString(),
                bureau + "入企检查情况及预警清单_" + period.chinese());
    }

    /**
     * Per section its three figures, and every warning by its rule, enterprise and detail
     * with its rows.
     */
    @Override
    public Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        Map<String, Integer> bySection = warningsBySection();
        for (Section section : sections) {
            var c = counts.getOrDefault(section.code(), new InspectionCounts.Counts(0, 0));
            figures.put(section.name(), "入企检查 " + c.inspections() + " 次，企业 " + c.enterprises() + " 家，预警 "
                    + bySection.getOrDefault(section.name(), 0) + " 条");
        }
        for (Warning warning : warnings) {
            figures.put(warning.rule().chinese() + " " + warning.enterprise() + " " + warning.detail(),
                    warning.rows().stream().map(r -> r.file() + "#" + r.rowNumber()).collect(Collectors.joining(",")));
        }
        return figures;
    }

    @Override
    public ReportRenderer.Filled render(ReportDelivery.Version version) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE",
                bureau + "入企检查情况及预警清单" + (version.number() > 1 ? "（第 " + version.number() + " 版）" : ""));
        parameters.put("SUBTITLE", "统计月份：" + period.chinese() + "　　依据：各股室报送的入企检查登记（每个股室每月一份清单，以最新一版为准）");
        parameters.put("HEADLINE", headline());
        parameters.put("FOOTER", footer);
        parameters.put("GENERATED_AT", generatedAt);
        parameters.put("CHANGES_TEXT", ReportContent.changesText(version));
        return renderer.fill("inspectionReport", parameters, Block.templateRows(blocks()));
    }

    private String headline() {
        int total = counts.values().stream().mapToInt(InspectionCounts.Counts::inspections).sum();
        Map<Warning.Rule, Long> byRule = new EnumMap<>(Warning.Rule.class);
        warnings.forEach(w -> byRule.merge(w.rule(), 1L, Long::sum));
        String rules = byRule.entrySet()
            .stream()
            .map(e -> e.getKey().chinese() + " " + e.getValue() + " 条")
            .collect(Collectors.joining("、"));
        return "　　" + period.chinese() + "各股室共入企检查 " + total + " 次，涉及企业 " + enterprises + " 家；系统预警 " + warnings.size()
                + " 条" + (rules.isEmpty() ? "。" : "：" + rules + "。");
    }

    private List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        Map<String, Integer> bySection = warningsBySection();
        List<List<String>> rows = new ArrayList<>();
        int inspections = 0;
        for (Section section : sections) {
            var c = counts.getOrDefault(section.code(), new InspectionCounts.Counts(0, 0));
            inspections += c.inspections();
            rows.add(List.of(section.name(), Integer.toString(c.inspections()), Integer.toString(c.enterprises()),
                    Integer.toString(bySection.getOrDefault(section.name(), 0))));
        }
        rows.add(List.of("合计", Integer.toString(inspections), Integer.toString(enterprises),
                Integer.toString(warnings.size())));
        blocks.add(new Block("一、各股室入企检查", List.of("股室", "入企检查", "企业", "预警"), rows, ""));
        if (warnings.isEmpty()) {
            blocks.add(new Block("二、预警清单", List.of(), List.of(), "本月没有预警。"));
            return blocks;
        }
        Map<Warning.Rule, List<Warning>> byRule = new EnumMap<>(Warning.Rule.class);
        warnings.forEach(w -> byRule.computeIfAbsent(w.rule(), r -> new ArrayList<>()).add(w));
        blocks.add(new Block("二、预警清单", List.of(), List.of(), "按规则列出；每条预警后是它依据的登记行（检查日期、股室、文件和行号）。"));
        byRule.forEach((rule, list) -> {
            List<String> lines = new ArrayList<>();
            int n = 1;
            for (Warning w : list) {
                lines.add(n++ + ". " + w.enterprise() + "（" + w.creditCode() + "）：" + w.detail());
                for (Warning.Row row : w.rows()) {
                    lines.add("　　" + row.inspectedOn() + "　" + row.section() + "　" + row.file() + " 第 "
                            + row.rowNumber() + " 行");
                }
            }
            blocks.add(new Block(rule.chinese() + "（" + list.size() + " 条）", List.of(), List.of(),
                    String.join("\n", ReportContent.listed(lines, "……另有 %d 行未列出"))));
        });
        return blocks;
    }

    /** How many of the month's warnings name a row of each section. */
    private Map<String, Integer> warningsBySection() {
        Map<String, Integer> bySection = new HashMap<>();
        for (Warning warning : warnings) {
            warning.rows()
                .stream()
                .map(Warning.Row::section)
                .distinct()
                .forEach(s -> bySection.merge(s, 1, Integer::sum));
        }
        return bySection;
    }
}
