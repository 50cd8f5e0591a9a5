package cn.liulin.enforcement.reports.monthly;

import java.util.Map;

import cn.liulin.enforcement.lateness.ReportingPeriod;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportJobLauncher;
import cn.liulin.enforcement.reports.ReportRun;

import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

/** Delivers the 月报 of a period by running {@code monthlyReportJob}: for the commands, the demo and the scheduler. */
@Component
public class MonthlyReports {

    static final String REPORT = "MONTHLY";

    private final ReportJobLauncher launcher;
    private final Job monthlyReportJob;
    private final MonthlyReportQuery query;
    private final ReportDelivery delivery;

    MonthlyReports(ReportJobLauncher launcher, Job monthlyReportJob, MonthlyReportQuery query, ReportDelivery delivery) {
        this.launcher = launcher;
        this.monthlyReportJob = monthlyReportJob;
        this.query = query;
        this.delivery = delivery;
    }

    /** Where a period's 月报 goes and under which name. */
    static ReportDelivery.Target target(MonthlyReportData data) {
        return new ReportDelivery.Target(REPORT, data.period().toString(), data.period().toString(),
                data.bureau() + "涉企行政执法情况月报_" + data.period().chinese());
    }

    /** @param force write a new version even if the same figures were delivered */
    public ReportRun deliver(ReportingPeriod period, boolean force) {
        return launcher.run(monthlyReportJob, Map.of("period", period.toString()), force, null);
    }

    /** Whether the period's delivered 月报 shows today's figures. */
    public boolean isCurrent(ReportingPeriod period) {
        MonthlyReportData data = query.query(period);
        return delivery.isCurrent(target(data), data.figures());
    }

    /**
     * Delivers for the scheduler. The run key is the figures' fingerprint, so that two nodes delivering the
     * same figures are one Spring Batch job instance: only one of them runs it.
     */
    public ReportRun deliverScheduled(ReportingPeriod period) {
        MonthlyReportData data = query.query(period);
        return launcher.run(monthlyReportJob, Map.of("period", period.toString()), false,
                "auto:" + ReportDelivery.fingerprint(data.figures()));
    }
}
