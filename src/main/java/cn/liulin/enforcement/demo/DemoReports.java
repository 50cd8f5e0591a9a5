package cn.liulin.enforcement.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.liulin.enforcement.lateness.ReportingPeriod;
import cn.liulin.enforcement.reports.ReportRun;
import cn.liulin.enforcement.reports.annual.AnnualReports;
import cn.liulin.enforcement.reports.complaints.ComplaintReports;
import cn.liulin.enforcement.reports.monthly.MonthlyReports;
import cn.liulin.enforcement.reports.phase.PhaseSummaries;
import cn.liulin.enforcement.reports.reminder.Reminders;
import cn.liulin.enforcement.reports.rectification.RectificationReports;

import org.springframework.stereotype.Component;

/** Every report of the demo year, through the same jobs the commands and the scheduler run. */
@Component
public class DemoReports {

    private final MonthlyReports monthly;
    private final Reminders reminders;
    private final ComplaintReports complaints;
    private final RectificationReports rectification;
    private final AnnualReports annual;
    private final PhaseSummaries phases;

    DemoReports(MonthlyReports monthly, Reminders reminders, ComplaintReports complaints,
            RectificationReports rectification, AnnualReports annual, PhaseSummaries phases) {
        this.annual = annual;
        this.phases = phases;
        this.monthly = monthly;
        this.reminders = reminders;
        this.complaints = complaints;
        this.rectification = rectification;
    }

    /**
     * The 月报 of each month, the showcase month's 催报通知, July's 附件3, today's 附件2 and 附件1, and the 阶段总结
     * of every phase that has ended; stops at a failure.
     */
    public List<ReportRun> deliver() {
        List<ReportRun> runs = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            if (!add(runs, monthly.deliver(ReportingPeriod.of(DemoScenario.YEAR, month), false))) {
                return runs;
            }
        }
        if (add(runs, reminders.send(new ReportingPeriod(DemoScenario.SHOWCASE), false))
                && add(runs, complaints.deliver(LocalDate.of(DemoScenario.YEAR, 7, 1), LocalDate.of(DemoScenario.YEAR, 7, 31),
                        false))
                && add(runs, rectification.deliver(false)) && add(runs, annual.deliver(false))) {
            for (ReportRun phase : phases.deliverEnded()) {
                if (!add(runs, phase)) {
                    break;
                }
            }
        }
        return runs;
    }

    private static boolean add(List<ReportRun> runs, ReportRun run) {
        runs.add(run);
        return run.completed();
    }
}
