package cn.liulin.enforcement.scheduling;

import java.util.Set;

import cn.liulin.enforcement.jobs.StaleExecutions;
import cn.liulin.enforcement.reports.ReportRun;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When the unattended scheduler starts: first finish what a crash or a stop left behind,
 * then deliver any 月报 missed while no node was running. Commands never do this.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "spring.quartz.auto-startup", havingValue = "true", matchIfMissing = true)
class SchedulerStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SchedulerStartup.class);

    private final StaleExecutions staleExecutions;

    private final ScheduledReports reports;

    private final Scheduler scheduler;

    SchedulerStartup(StaleExecutions staleExecutions, ScheduledReports reports, Scheduler scheduler) {
        this.staleExecutions = staleExecutions;
        this.reports = reports;
        this.scheduler = scheduler;
    }

    @Override
    public void run(ApplicationArguments arguments) throws SchedulerException {
        removeJobsOfOlderVersions();
        var recovered = staleExecutions.recoverAndRestart();
        var restarted = staleExecutions.restartStopped();
        long delivered = reports.catchUp().stream().filter(ReportRun::written).count();
        log.info("调度器已启动：恢复 {} 个中断的作业，继续 {} 个停止的作业，补交 {} 份报表", recovered.size(), restarted.size(), delivered);
    }

    /**
     * A job an older version scheduled (a report since renamed, say) would fire a class
     * that is gone.
     */
    private void removeJobsOfOlderVersions() throws SchedulerException {
        Set<String> current = SchedulingConfiguration.jobNames(reports);
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(SchedulingConfiguration.GROUP))) {
            if (!current.contains(key.getName())) {
                log.info("删除旧版本留下的计划任务 {}", key.getName());
                scheduler.deleteJob(key);
            }
        }
    }

}
