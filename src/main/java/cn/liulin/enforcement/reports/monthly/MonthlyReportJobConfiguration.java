package cn.liulin.enforcement.reports.monthly;

import java.time.Clock;
import java.util.Optional;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.lateness.LatenessPolicy;
import cn.liulin.enforcement.lateness.ReportingPeriod;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportFooter;
import cn.liulin.enforcement.reports.DeliverReportTasklet;
import cn.liulin.enforcement.reports.ReportJobs;
import cn.liulin.enforcement.reports.ReportRenderer;
import cn.liulin.enforcement.sections.SectionDirectory;
import cn.liulin.enforcement.submissions.CountTotals;
import cn.liulin.enforcement.submissions.PeriodStatusQuery;
import cn.liulin.enforcement.supervision.SupervisionFiguresQuery;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
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

    @Bean
    Job monthlyReportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            DeliverReportTasklet monthlyReportTasklet) {
        return ReportJobs.deliverJob("monthlyReportJob", jobRepository, transactionManager, monthlyReportTasklet);
    }

    @Bean
    @StepScope
    DeliverReportTasklet monthlyReportTasklet(MonthlyReportQuery monthlyReportQuery,
            MonthlyReportRenderer monthlyReportRenderer, ReportDelivery reportDelivery, Clock clock,
            @Value("#{jobParameters['period']}") String period, @Value("#{jobParameters['force']}") String force,
            @Value("#{stepExecution.jobExecution.id}") long jobExecutionId) {
        return new DeliverReportTasklet(() -> Optional.of(new MonthlyReportContent(
                monthlyReportQuery.query(ReportingPeriod.parse(period)), monthlyReportRenderer,
                ReportFooter.generatedAt(clock))), "", reportDelivery,
                Boolean.parseBoolean(force), jobExecutionId);
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
