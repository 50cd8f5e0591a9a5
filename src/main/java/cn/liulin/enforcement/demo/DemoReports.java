package cn.liulin.enforcement.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.lateness.LatenessPolicy;
import cn.liulin.enforcement.reports.ReportLauncher;
import cn.liulin.enforcement.reports.ReportRun;
import cn.liulin.enforcement.reports.Reports;

import org.springframework.stereotype.Component;

/**
 * Every report of the demo year as of the demo's day, through the same registry and jobs
 * the commands and the scheduler use: what the scheduler would have delivered by then,
 * and what a clerk would ask for.
 */
@Component
public class DemoReports {

    private final Reports reports;

    private final ReportLauncher launcher;

    private final LatenessPolicy lateness;

    private final Clock clock;

    DemoReports(Reports reports, ReportLauncher launcher, LatenessPolicy lateness, Clock clock) {
        this.reports = reports;
        this.launcher = launcher;
        this.lateness = lateness;
        this.clock = clock;
    }

    /** One report delivered, and what a newcomer should know it as. */
    public record Delivered(String what, ReportRun run) {
    }

    /**
     * The 月报 of each month whose deadline has passed, the 催报通知 of the month still open,
     * July's 附件3, 附件2 as of today, 附件1 for the year, and the 阶段总结 of every phase that has
     * ended; stops at a failure.
     */
    public List<Delivered> deliver() {
        List<Delivered> done = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            ReportingPeriod period = ReportingPeriod.of(DemoScenario.YEAR, month);
            if (clock.instant().isAfter(lateness.deadlineOf(period).toInstant()) && !add(done, "月报 " + period,
                    launcher.deliver("monthly", Map.of("period", period.toString()), false))) {
                return done;
            }
        }
        String july = LocalDate.of(DemoScenario.YEAR, 7, 1).toString();
        if (add(done, "催报通知", launcher.deliver("reminder", Map.of(), false))
                && add(done, "入企检查及预警（6 月）", launcher.deliver("inspections", Map.of("period", "2025-06"), false))
                && add(done, "附件3（7 月的 12345 投诉）",
                        launcher.deliver("complaints",
                                Map.of("from", july, "to", LocalDate.of(DemoScenario.YEAR, 7, 31).toString()), false))
                && add(done, "附件2 问题清单", launcher.deliver("rectification", Map.of(), false))
                && add(done, "附件1 历年数据", launcher.deliver("annual",
                        Map.of("asOf", LocalDate.of(DemoScenario.YEAR, 12, 31).toString()), false))) {
            for (ReportRun phase : launcher.deliverDue(reports.get("phase"))) {
                if (!add(done, "阶段总结", phase)) {
                    break;
                }
            }
        }
        return done;
    }

    private static boolean add(List<Delivered> done, String what, ReportRun run) {
        done.add(new Delivered(what, run));
        return run.completed();
    }

}
