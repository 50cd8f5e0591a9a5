package cn.liulin.enforcement.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.reports.ReportLauncher;
import cn.liulin.enforcement.reports.ReportRun;
import cn.liulin.enforcement.reports.Reports;

import org.springframework.stereotype.Component;

/**
 * Every report of the demo year, through the same registry and jobs the commands and the
 * scheduler use.
 */
@Component
public class DemoReports {

    private final Reports reports;

    private final ReportLauncher launcher;

    DemoReports(Reports reports, ReportLauncher launcher) {
        this.reports = reports;
        this.launcher = launcher;
    }

    /**
     * The 月报 of each month, the showcase month's 催报通知, July's 附件3, today's 附件2 and 附件1,
     * and the 阶段总结 of every phase that has ended; stops at a failure.
     */
    public List<ReportRun> deliver() {
        List<ReportRun> runs = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            if (!add(runs, launcher.deliver("monthly", Map.of("period", DemoScenario.YEAR + "-%02d".formatted(month)),
                    false))) {
                return runs;
            }
        }
        if (add(runs, launcher.deliver("reminder", Map.of("period", DemoScenario.SHOWCASE.toString()), false))
                && add(runs,
                        launcher.deliver("complaints",
                                Map.of("from", LocalDate.of(DemoScenario.YEAR, 7, 1).toString(), "to",
                                        LocalDate.of(DemoScenario.YEAR, 7, 31).toString()),
                                false))
                && add(runs, launcher.deliver("rectification", Map.of(), false))
                && add(runs, launcher.deliver("annual", Map.of(), false))) {
            for (ReportRun phase : launcher.deliverDue(reports.get("phase"))) {
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
