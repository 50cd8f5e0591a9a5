package cn.liulin.enforcement.reports.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import cn.liulin.enforcement.reports.ReportJobLauncher;
import cn.liulin.enforcement.reports.ReportRun;

import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

/** Delivers 附件2 as of today by running {@code rectificationReportJob}. */
@Component
public class RectificationReports {

    private final ReportJobLauncher launcher;
    private final Job rectificationReportJob;
    private final Clock clock;

    RectificationReports(ReportJobLauncher launcher, Job rectificationReportJob, Clock clock) {
        this.launcher = launcher;
        this.rectificationReportJob = rectificationReportJob;
        this.clock = clock;
    }

    public ReportRun deliver(boolean force) {
        return launcher.run(rectificationReportJob, Map.of("asOf", LocalDate.now(clock).toString()), force, null);
    }
}
