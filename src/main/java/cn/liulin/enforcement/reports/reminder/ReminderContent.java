package cn.liulin.enforcement.reports.reminder;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.lateness.SubmissionStatus;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportRenderer;
import cn.liulin.enforcement.submissions.SectionStatus;

/** The 催报通知 of a period: the sections not yet reported, and by when they must. */
record ReminderContent(String bureau, ReportingPeriod period, List<SectionStatus> unreported, ZonedDateTime now,
        ZonedDateTime deadline, String footer, ReportRenderer renderer) implements ReportContent {

    static final String REPORT = "REMINDER";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年MM月dd日");

    @Override
    public ReportDelivery.Target target() {
        return new ReportDelivery.Target(REPORT, period.toString(), period.toString(),
                bureau + "催报通知_" + period.chinese());
    }

    /**
     * The list itself: a new version only when somebody reported (or fell due) since the
     * last one.
     */
    @Override
    public Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        unreported.forEach(status -> figures.put(status.section().name(), status.lateness().chinese()));
        return figures;
    }

    @Override
    public ReportRenderer.Filled render(ReportDelivery.Version version) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", bureau + "催报通知" + (version.number() > 1 ? "（第 " + version.number() + " 版）" : ""));
        parameters.put("BODY",
                "各股室、监管专员小组：\n　　按照规范涉企行政执法专项行动实施方案“各股室于每月3日前向执法股报回上月" + "涉企行政检查件数、行政处罚件数、行政强制件数”的要求，截至 "
                        + SHOWN.format(now) + "，下列 " + unreported.size() + " 个股室尚未报送 " + period.chinese() + " 的执法数据，"
                        + (now.isAfter(deadline) ? "报送截止时间 " + SHOWN.format(deadline) + " 已过，请尽快报送执法股。"
                                : "请于 " + SHOWN.format(deadline) + " 前报送执法股。"));
        parameters.put("SIGNATURE", bureau + "执法股\n" + DAY.format(now));
        parameters.put("FOOTER", footer);
        parameters.put("CHANGES_TEXT", ReportContent.changesText(version));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < unreported.size(); i++) {
            SectionStatus status = unreported.get(i);
            rows.add(Map.of("idx", i + 1, "section", status.section().name(), "status",
                    status.lateness().status() == SubmissionStatus.PENDING ? "尚未报送" : status.lateness().chinese()));
        }
        return renderer.fill("reminderReport", parameters, rows);
    }
}
