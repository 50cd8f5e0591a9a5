package cn.liulin.enforcement.reports.monthly;

import java.util.Map;
import java.util.Optional;

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

    /**
     * Delivers for the scheduler, when the period has no 月报 yet or its figures changed since the last one;
     * empty when the delivered one is current. The figures are computed once here to decide, and the run key
     * is their fingerprint, so that two nodes delivering the same figures are one Spring Batch job instance.
     */
    public Optional<ReportRun> deliverIfChanged(ReportingPeriod period) {
        MonthlyReportData data = query.query(period);
        if (delivery.isCurrent(target(data), data.figures())) {
            return Optional.empty();
        }
        return Optional.of(launcher.run(monthlyReportJob, Map.of("period", period.toString()), false,
                "auto:" + ReportDelivery.fingerprint(data.figures())));
    }
}
