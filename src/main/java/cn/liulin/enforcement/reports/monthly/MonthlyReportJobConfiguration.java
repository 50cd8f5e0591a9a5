package cn.liulin.enforcement.reports.monthly;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.lateness.LatenessPolicy;
import cn.liulin.enforcement.lateness.ReportingPeriod;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportJobLauncher;
import cn.liulin.enforcement.reports.ReportRenderer;
import cn.liulin.enforcement.sections.SectionDirectory;
import cn.liulin.enforcement.submissions.CountTotals;
import cn.liulin.enforcement.submissions.PeriodStatusQuery;
import cn.liulin.enforcement.supervision.SupervisionFiguresQuery;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code monthlyReportJob}: one step, {@code deliverStep}, gathers the period's figures, renders the 月报
 * as PDF and XLSX and delivers them to {@code <output-dir>/<period>/} under the versioning rule.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyReportJobConfiguration {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Bean
    Job monthlyReportJob(JobRepository jobRepository, Step monthlyDeliverStep) {
        return new JobBuilder("monthlyReportJob", jobRepository).start(monthlyDeliverStep).build();
    }

    @Bean
    Step monthlyDeliverStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet monthlyReportTasklet) {
        return new StepBuilder("deliverStep", jobRepository).tasklet(monthlyReportTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    Tasklet monthlyReportTasklet(MonthlyReportQuery monthlyReportQuery, MonthlyReportRenderer monthlyReportRenderer,
            ReportDelivery reportDelivery, Clock clock, @Value("#{jobParameters['period']}") String period,
            @Value("#{jobParameters['force']}") String force,
            @Value("#{stepExecution.jobExecution.id}") long jobExecutionId) {
        return (contribution, chunk) -> {
            ReportingPeriod reportingPeriod = ReportingPeriod.parse(period);
            MonthlyReportData data = monthlyReportQuery.query(reportingPeriod);
            var target = MonthlyReports.target(data);
            String generatedAt = GENERATED.format(clock.instant().atZone(clock.getZone()));
            var delivered = reportDelivery.deliver(target, data.figures(), Boolean.parseBoolean(force), jobExecutionId,
                    version -> monthlyReportRenderer.render(data, version, generatedAt));
            ReportJobLauncher.record(chunk, period, delivered);
            contribution.incrementWriteCount(delivered.written() ? delivered.files().size() : 0);
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    MonthlyReportQuery monthlyReportQuery(PeriodStatusQuery periodStatusQuery, CountTotals countTotals,
            SectionDirectory sectionDirectory, LatenessPolicy latenessPolicy, Clock clock,
            SupervisionFiguresQuery supervisionFiguresQuery, ReportingProperties properties) {
        return new MonthlyReportQuery(periodStatusQuery, countTotals, sectionDirectory, latenessPolicy, clock.getZone(),
                supervisionFiguresQuery, properties.campaign().start());
    }

    @Bean
    MonthlyReportRenderer monthlyReportRenderer(ReportRenderer reportRenderer, ReportingProperties properties) {
        return new MonthlyReportRenderer(reportRenderer, properties.contact());
    }
}
