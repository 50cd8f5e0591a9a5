package cn.liulin.enforcement.reports.rectification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.problems.ProblemList;
import cn.liulin.enforcement.problems.RectificationStatus;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportRenderer;

/**
 * 附件2 as of a day: every current problem by section, with its rectification and an
 * overdue mark, and each section's counts (problems, rectified, in progress, not started,
 * overdue).
 */
record RectificationListContent(String bureau, LocalDate asOf, List<ProblemList.Entry> entries, String footer,
        String generatedAt, ReportRenderer renderer) implements ReportContent {

    static final String REPORT = "RECTIFICATION";

    @Override
    public ReportDelivery.Target target() {
        return new ReportDelivery.Target(REPORT, asOf.toString(), asOf.toString().substring(0, 7),
                bureau + "涉企问题清单及整改责任清单_" + DateTimeFormatter.BASIC_ISO_DATE.format(asOf));
    }

    @Override
    public Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        for (Map<String, ?> row : rows()) {
            String label = row.get("section") + "/" + row.get("found") + "/" + row.get("description");
            figures.put(label + " 整改状态", String.valueOf(row.get("status")));
            figures.put(label + " 是否逾期", String.valueOf(row.get("overdue")));
            figures.put(label + " 整改措施", String.valueOf(row.get("measures")));
        }
        return figures;
    }

    @Override
    public ReportRenderer.Filled render(ReportDelivery.Version version) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE",
                bureau + "涉企问题清单及整改责任清单" + (version.number() > 1 ? "（第 " + version.number() + " 版）" : ""));
        parameters.put("SUBTITLE", "截至 " + asOf + "　　共 " + entries.size() + " 个问题");
        parameters.put("SUMMARY", "合计：" + counts(entries) + "。逾期指已过整改时限而未整改完成。");
        parameters.put("FOOTER", footer);
        parameters.put("GENERATED_AT", generatedAt);
        parameters.put("CHANGES_TEXT", ReportContent.changesText(version));
        return renderer.fill("rectificationList", parameters, rows());
    }

    /** {@code 问题 5 个，已整改 2 个，整改中 1 个，未整改 2 个，逾期 1 个}. */
    static String counts(List<ProblemList.Entry> entries) {
        long done = entries.stream().filter(e -> e.problem().status() == RectificationStatus.DONE).count();
        long progress = entries.stream().filter(e -> e.problem().status() == RectificationStatus.IN_PROGRESS).count();
        long notStarted = entries.stream().filter(e -> e.problem().status() == RectificationStatus.NOT_STARTED).count();
        long overdue = entries.stream().filter(ProblemList.Entry::overdue).count();
        return "问题 " + entries.size() + " 个，已整改 " + done + " 个，整改中 " + progress + " 个，未整改 " + notStarted + " 个，逾期 "
                + overdue + " 个";
    }

    private List<Map<String, ?>> rows() {
        Map<String, List<ProblemList.Entry>> bySection = new LinkedHashMap<>();
        entries.forEach(entry -> bySection.computeIfAbsent(entry.section(), s -> new ArrayList<>()).add(entry));
        List<Map<String, ?>> rows = new ArrayList<>();
        int index = 1;
        for (var section : bySection.entrySet()) {
            String summary = section.getKey() + " 小计：" + counts(section.getValue());
            for (ProblemList.Entry entry : section.getValue()) {
                var p = entry.problem();
                Map<String, Object> row = new HashMap<>();
                row.put("section", section.getKey());
                row.put("sectionSummary", summary);
                row.put("idx", index++);
                row.put("found", p.foundOn().toString());
                row.put("source", p.source());
                row.put("category", p.category());
                row.put("description", p.description());
                row.put("measures", p.measures());
                row.put("responsible", p.responsible());
                row.put("due", p.dueOn().toString());
                row.put("status", p.status().chinese());
                row.put("completed", p.completedOn() == null ? "" : p.completedOn().toString());
                row.put("overdue", entry.overdue() ? "已逾期 " + entry.daysOverdue() + " 天" : "否");
                rows.add(row);
            }
        }
        return rows;
    }
}
