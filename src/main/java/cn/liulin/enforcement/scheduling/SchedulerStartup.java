package cn.liulin.enforcement.scheduling;

import cn.liulin.enforcement.reports.ReportRun;

import cn.liulin.enforcement.jobs.StaleExecutions;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When the unattended scheduler starts: first finish what a crash or a stop left behind, then deliver
 * any 月报 missed while no node was running. Commands never do this.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "spring.quartz.auto-startup", havingValue = "true", matchIfMissing = true)
class SchedulerStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SchedulerStartup.class);

    private final StaleExecutions staleExecutions;
    private final ScheduledReports reports;

    SchedulerStartup(StaleExecutions staleExecutions, ScheduledReports reports) {
        this.staleExecutions = staleExecutions;
        this.reports = reports;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        var recovered = staleExecutions.recoverAndRestart();
        var restarted = staleExecutions.restartStopped();
        long delivered = reports.catchUp().stream().filter(ReportRun::written).count();
        log.info("调度器已启动：恢复 {} 个中断的作业，继续 {} 个停止的作业，补交 {} 份报表", recovered.size(), restarted.size(),
                delivered);
    }
}
