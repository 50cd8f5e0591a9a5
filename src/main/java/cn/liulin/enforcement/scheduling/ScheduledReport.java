package cn.liulin.enforcement.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fire of a report's trigger: delivers what its schedule has due, each only if it
 * changed.
 */
@DisallowConcurrentExecution
class ScheduledReport implements Job {

    static final String REPORT = "report";

    private static final Logger log = LoggerFactory.getLogger(ScheduledReport.class);

    private final ScheduledReports reports;

    ScheduledReport(ScheduledReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String report = context.getMergedJobDataMap().getString(REPORT);
        try {
            reports.deliverDue(report);
        }
        catch (RuntimeException e) {
            log.warn("本次计划交付的报表 {} 未能生成，下次计划运行时重试", report, e);
        }
    }

}
