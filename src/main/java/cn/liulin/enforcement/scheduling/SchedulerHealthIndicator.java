package cn.liulin.enforcement.scheduling;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} says whether this node's scheduler is running in the cluster.
 */
@Component("scheduler")
class SchedulerHealthIndicator extends AbstractHealthIndicator {

    private final Scheduler scheduler;

    SchedulerHealthIndicator(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws SchedulerException {
        var meta = scheduler.getMetaData();
        builder.withDetail("instanceId", meta.getSchedulerInstanceId())
            .withDetail("clustered", meta.isJobStoreClustered())
            .withDetail("jobsExecuted", meta.getNumberOfJobsExecuted());
        if (scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown()) {
            builder.up();
        }
        else {
            builder.outOfService().withDetail("state", scheduler.isShutdown() ? "shutdown" : "standby");
        }
    }

}
