package cn.liulin.enforcement.reports.complaints;

import java.time.LocalDate;
import java.util.Map;

import cn.liulin.enforcement.reports.ReportJobLauncher;
import cn.liulin.enforcement.reports.ReportRun;

import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

/** Delivers 附件3 for a date range by running {@code complaintReportJob}. */
@Component
public class ComplaintReports {

    private final ReportJobLauncher launcher;
    private final Job complaintReportJob;

    ComplaintReports(ReportJobLauncher launcher, Job complaintReportJob) {
        this.launcher = launcher;
        this.complaintReportJob = complaintReportJob;
    }

    public ReportRun deliver(LocalDate from, LocalDate to, boolean force) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("结束日期 " + to + " 早于开始日期 " + from);
        }
        return launcher.run(complaintReportJob, Map.of("from", from.toString(), "to", to.toString()), force, null);
    }
}
