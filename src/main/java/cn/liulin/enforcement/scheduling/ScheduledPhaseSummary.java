package cn.liulin.enforcement.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.liulin.enforcement.reports.phase.PhaseSummaries;

/** The day after a campaign phase ends, delivers its 阶段总结; catches up a phase that ended during downtime. */
@DisallowConcurrentExecution
class ScheduledPhaseSummary implements Job {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPhaseSummary.class);

    private final PhaseSummaries phaseSummaries;

    ScheduledPhaseSummary(PhaseSummaries phaseSummaries) {
        this.phaseSummaries = phaseSummaries;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            phaseSummaries.deliverEnded();
        }
        catch (RuntimeException e) {
            log.warn("本次阶段总结未能生成，下次计划运行时重试：{}", e.getMessage());
        }
    }
}
