package cn.liulin.enforcement.scheduling;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.lateness.DeadlinePolicy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The unattended schedule: cron triggers only (a start-now trigger would fire again on every node's start),
 * stored in PostgreSQL and shared by every node of the Quartz cluster, so each fire runs on one node.
 * A fire missed while every node was down runs once at the next start.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    static final String GROUP = "enforcement-reporting";

    @Bean
    JobDetail ingestJobDetail() {
        return detail(ScheduledIngest.class, "ingest", "读取收件箱");
    }

    @Bean
    Trigger ingestTrigger(JobDetail ingestJobDetail, ReportingProperties properties) {
        return cron(ingestJobDetail, properties.schedule().ingest());
    }

    @Bean
    JobDetail reminderJobDetail() {
        return detail(ScheduledReminder.class, "reminder", "催报通知");
    }

    @Bean
    Trigger reminderTrigger(JobDetail reminderJobDetail, ReportingProperties properties) {
        return cron(reminderJobDetail, properties.schedule().reminder());
    }

    @Bean
    JobDetail monthlyReportJobDetail() {
        return detail(ScheduledMonthlyReport.class, "monthly-report", "月报及补交");
    }

    @Bean
    Trigger monthlyReportTrigger(JobDetail monthlyReportJobDetail, ReportingProperties properties) {
        return cron(monthlyReportJobDetail, properties.schedule().monthlyReport());
    }

    @Bean
    JobDetail phaseSummaryJobDetail() {
        return detail(ScheduledPhaseSummary.class, "phase-summary", "阶段总结");
    }

    @Bean
    Trigger phaseSummaryTrigger(JobDetail phaseSummaryJobDetail, ReportingProperties properties) {
        return cron(phaseSummaryJobDetail, properties.schedule().phaseSummary());
    }

    private static JobDetail detail(Class<? extends Job> type, String name, String description) {
        return JobBuilder.newJob(type).withIdentity(name, GROUP).withDescription(description).storeDurably().build();
    }

    private static Trigger cron(JobDetail job, String expression) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getKey().getName(), GROUP)
                .withDescription(job.getDescription())
                .withSchedule(CronScheduleBuilder.cronSchedule(expression)
                        .inTimeZone(TimeZone.getTimeZone(DeadlinePolicy.BUREAU_ZONE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
