package cn.liulin.enforcement.reports.reminder;

import java.time.YearMonth;
import java.util.Optional;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.lateness.LatenessPolicy;
import cn.liulin.enforcement.reports.Report;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.ReportDefinition;
import cn.liulin.enforcement.reports.ReportKit;
import cn.liulin.enforcement.reports.ReportOption;
import cn.liulin.enforcement.reports.ReportSchedule;
import cn.liulin.enforcement.submissions.PeriodStatusQuery;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 催报通知 (spec 5.6): the sections that must report a period and have not yet, to
 * {@code <output-dir>/<period>/}; with everyone reported, nothing is written. Scheduled
 * on days 1 to the deadline day for last month, a new version only when the list changed.
 */
@Report(name = "reminder", title = "催报通知",
        description = { "生成催报通知：列出尚未报送上月数据的股室（每月 1 日至截止日）。", "用 --period 可为指定月份补发。" }, job = "reminderJob")
@Component
@Order(2)
record Reminder(PeriodStatusQuery statuses, LatenessPolicy lateness,
        ReportKit kit) implements ReportDefinition<Reminder.Parameters> {

    record Parameters(@ReportOption(label = "YYYY-MM", description = "统计月份（默认：本月 1 日至截止日之间为上月）",
            required = false) YearMonth period) {
    }

    @Override
    public Parameters resolve(Parameters given) {
        if (given.period() != null) {
            return given;
        }
        ReportingPeriod last = ReportingPeriod.containing(kit.today()).previous();
        return duePeriod().orElseThrow(() -> new IllegalArgumentException("今天不在催报期内（每月 1 日至截止日，" + last + " 的截止日为 "
                + lateness.deadlineText(last) + "）。如需为某月补发催报通知，请写 report reminder --period YYYY-MM"));
    }

    @Override
    public Optional<ReportContent> content(Parameters parameters) {
        ReportingPeriod period = new ReportingPeriod(parameters.period());
        var unreported = statuses.statusOf(period)
            .stream()
            .filter(status -> !status.lateness().status().reported())
            .toList();
        return unreported.isEmpty() ? Optional.empty()
                : Optional.of(new ReminderContent(kit.bureau(), period, unreported,
                        kit.clock().instant().atZone(kit.clock().getZone()), lateness.deadlineOf(period), kit.footer(),
                        kit.renderer()));
    }

    @Override
    public String nothingToDeliver(Parameters parameters) {
        return "所有应报股室均已报送 " + parameters.period() + " 的数据，无需催报";
    }

    @Override
    public Optional<ReportSchedule<Parameters>> schedule() {
        return Optional.of(new ReportSchedule<>(kit.properties().schedule().reminder(),
                () -> duePeriod().stream().toList(), false));
    }

    /** Last month's, from the 1st to its deadline (moved past holidays); else none. */
    private Optional<Parameters> duePeriod() {
        ReportingPeriod last = ReportingPeriod.containing(kit.today()).previous();
        if (kit.today().isAfter(lateness.deadlineOf(last).toLocalDate())) {
            return Optional.empty();
        }
        return Optional.of(new Parameters(last.month()));
    }
}
