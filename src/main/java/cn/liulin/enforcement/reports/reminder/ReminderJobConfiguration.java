package cn.liulin.enforcement.reports.reminder;

import java.time.Clock;
import java.util.Optional;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.lateness.LatenessPolicy;
import cn.liulin.enforcement.lateness.ReportingPeriod;
import cn.liulin.enforcement.reports.DeliverReportTasklet;
import cn.liulin.enforcement.reports.ReportJobs;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportFooter;
import cn.liulin.enforcement.reports.ReportRenderer;
import cn.liulin.enforcement.sections.SectionDirectory;
import cn.liulin.enforcement.submissions.PeriodStatusQuery;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code reminderJob}: the 催报通知 for a period, listing the sections that must report and have not yet
 * (spec 5.6), delivered to {@code <output-dir>/<period>/}. With everyone reported, nothing is written.
 */
@Configuration(proxyBeanMethods = false)
class ReminderJobConfiguration {

    @Bean
    Job reminderJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            DeliverReportTasklet reminderTasklet) {
        return ReportJobs.deliverJob("reminderJob", jobRepository, transactionManager, reminderTasklet);
    }

    @Bean
    @StepScope
    DeliverReportTasklet reminderTasklet(PeriodStatusQuery periodStatusQuery, SectionDirectory sectionDirectory,
            LatenessPolicy latenessPolicy, ReportRenderer reportRenderer, ReportDelivery reportDelivery,
            ReportingProperties properties, Clock clock, @Value("#{jobParameters['period']}") String period,
            @Value("#{jobParameters['force']}") String force,
            @Value("#{stepExecution.jobExecution.id}") long jobExecutionId) {
        ReportingPeriod reportingPeriod = ReportingPeriod.parse(period);
        return new DeliverReportTasklet(() -> {
            var unreported = periodStatusQuery.statusOf(reportingPeriod).stream()
                    .filter(status -> !status.lateness().status().reported()).toList();
            return unreported.isEmpty() ? Optional.empty() : Optional.of(new ReminderContent(sectionDirectory.bureau(),
                    reportingPeriod, unreported, clock.instant().atZone(clock.getZone()),
                    latenessPolicy.deadlineOf(reportingPeriod), ReportFooter.of(sectionDirectory.bureau(), properties.contact()),
                    reportRenderer));
        }, "所有应报股室均已报送 " + period + " 的数据，无需催报", reportDelivery, Boolean.parseBoolean(force), jobExecutionId);
    }
}
