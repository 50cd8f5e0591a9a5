package cn.liulin.enforcement.reports.annual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import cn.liulin.enforcement.reports.ReportJobLauncher;
import cn.liulin.enforcement.reports.ReportRun;

import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

/** Delivers 附件1 as of today by running {@code annualReportJob}. */
@Component
public class AnnualReports {

    private final ReportJobLauncher launcher;
    private final Job annualReportJob;
    private final Clock clock;

    AnnualReports(ReportJobLauncher launcher, Job annualReportJob, Clock clock) {
        this.launcher = launcher;
        this.annualReportJob = annualReportJob;
        this.clock = clock;
    }

    public ReportRun deliver(boolean force) {
        return launcher.run(annualReportJob, Map.of("asOf", LocalDate.now(clock).toString()), force, null);
    }
}
