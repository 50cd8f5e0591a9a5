package cn.liulin.enforcement.reports.monthly;

import java.util.Map;

import cn.liulin.enforcement.lateness.ReportingPeriod;
import cn.liulin.enforcement.reports.ReportJobLauncher;
import cn.liulin.enforcement.reports.ReportRun;

import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

/** Delivers the 月报 of a period by running {@code monthlyReportJob}: for the commands, the demo and the scheduler. */
@Component
public class MonthlyReports {

    private final ReportJobLauncher launcher;
    private final Job monthlyReportJob;

    MonthlyReports(ReportJobLauncher launcher, Job monthlyReportJob) {
        this.launcher = launcher;
        this.monthlyReportJob = monthlyReportJob;
    }

    /** @param force write a new version even if the same figures were delivered */
    public ReportRun deliver(ReportingPeriod period, boolean force) {
        return launcher.run(monthlyReportJob, Map.of("period", period.toString()), force, null);
    }
}
