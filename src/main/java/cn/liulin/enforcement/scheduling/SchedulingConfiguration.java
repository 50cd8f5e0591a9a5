package cn.liulin.enforcement.scheduling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.core.BureauZone;
import cn.liulin.enforcement.reports.ReportDefinition;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The unattended schedule: reading the inbox, and every report whose definition has a
 * schedule. Cron triggers only (a start-now trigger would fire again on every node's
 * start), stored in PostgreSQL and shared by every node of the Quartz cluster, so each
 * fire runs on one node. A fire missed while every node was down runs once at the next
 * start.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    static final String GROUP = "enforcement-reporting";

    private static final String INGEST = "ingest";

    @Bean
    SchedulerFactoryBeanCustomizer scheduleCustomizer(ReportingProperties properties, ScheduledReports reports) {
        return factory -> {
            List<JobDetail> jobs = new ArrayList<>();
            List<Trigger> triggers = new ArrayList<>();
            JobDetail ingest = detail(ScheduledIngest.class, INGEST, "读取收件箱");
            jobs.add(ingest);
            triggers.add(cron(ingest, properties.schedule().ingest()));
            for (ReportDefinition<?> definition : reports.scheduled()) {
                JobDetail report = detail(ScheduledReport.class, jobName(definition), definition.title());
                report.getJobDataMap().put(ScheduledReport.REPORT, definition.name());
                jobs.add(report);
                triggers.add(cron(report, definition.schedule().orElseThrow().cron()));
            }
            factory.setJobDetails(jobs.toArray(JobDetail[]::new));
            factory.setTriggers(triggers.toArray(Trigger[]::new));
        };
    }

    /**
     * The Quartz jobs this version schedules; any other in the group was left by an older
     * version.
     */
    static Set<String> jobNames(ScheduledReports reports) {
        Set<String> names = new HashSet<>(Set.of(INGEST));
        reports.scheduled().forEach(definition -> names.add(jobName(definition)));
        return names;
    }

    private static String jobName(ReportDefinition<?> definition) {
        return definition.name() + "-report";
    }

    private static JobDetail detail(Class<? extends Job> type, String name, String description) {
        return JobBuilder.newJob(type).withIdentity(name, GROUP).withDescription(description).storeDurably().build();
    }

    private static Trigger cron(JobDetail job, String expression) {
        return TriggerBuilder.newTrigger()
            .forJob(job)
            .withIdentity(job.getKey().getName(), GROUP)
            .withDescription(job.getDescription())
            .withSchedule(CronScheduleBuilder.cronSchedule(expression)
                .inTimeZone(TimeZone.getTimeZone(BureauZone.ZONE))
                .withMisfireHandlingInstructionFireAndProceed())
            .build();
    }

}
