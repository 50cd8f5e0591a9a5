package cn.liulin.enforcement.reports.phase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.complaints.ComplaintRegister;
import cn.liulin.enforcement.problems.ProblemList;
import cn.liulin.enforcement.reports.DeliverReportTasklet;
import cn.liulin.enforcement.reports.ReportJobs;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportFooter;
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

/** {@code phaseSummaryJob}: the 阶段总结 of one phase, delivered to {@code 阶段总结/}. */
@Configuration(proxyBeanMethods = false)
class PhaseSummaryJobConfiguration {

    @Bean
    Job phaseSummaryJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            DeliverReportTasklet phaseSummaryTasklet) {
        return ReportJobs.deliverJob("phaseSummaryJob", jobRepository, transactionManager, phaseSummaryTasklet);
    }

    @Bean
    PhaseSummaryQuery phaseSummaryQuery(SectionDirectory sections, CountTotals totals, PeriodStatusQuery statuses,
            ProblemList problems, ComplaintRegister complaints, SupervisionFiguresQuery supervision) {
        return new PhaseSummaryQuery(sections, totals, statuses, problems, complaints, supervision);
    }

    @Bean
    @StepScope
    DeliverReportTasklet phaseSummaryTasklet(PhaseSummaryQuery query, SectionDirectory sections, ReportRenderer renderer,
            ReportDelivery delivery, ReportingProperties properties, Clock clock,
            @Value("#{jobParameters['phase']}") String phase, @Value("#{jobParameters['force']}") String force,
            @Value("#{stepExecution.jobExecution.id}") long jobExecutionId) {
        var chosen = PhaseSummaries.phase(properties.campaign(), phase);
        return new DeliverReportTasklet(() -> Optional.of(new PhaseSummaryContent(sections.bureau(),
                query.query(chosen, LocalDate.now(clock)), ReportFooter.of(sections.bureau(), properties.contact()),
                ReportFooter.generatedAt(clock),
                renderer)), "", delivery, Boolean.parseBoolean(force), jobExecutionId);
    }
}
