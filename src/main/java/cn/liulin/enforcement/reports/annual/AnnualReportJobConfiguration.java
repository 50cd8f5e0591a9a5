package cn.liulin.enforcement.reports.annual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.reports.DeliverReportTasklet;
import cn.liulin.enforcement.reports.ReportJobs;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportFooter;
import cn.liulin.enforcement.reports.ReportRenderer;
import cn.liulin.enforcement.sections.Section;
import cn.liulin.enforcement.sections.SectionDirectory;
import cn.liulin.enforcement.submissions.YearTotals;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code annualReportJob}: 附件1 as of a day, delivered to that month's folder. */
@Configuration(proxyBeanMethods = false)
class AnnualReportJobConfiguration {

    @Bean
    Job annualReportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            DeliverReportTasklet annualReportTasklet) {
        return ReportJobs.deliverJob("annualReportJob", jobRepository, transactionManager, annualReportTasklet);
    }

    @Bean
    @StepScope
    DeliverReportTasklet annualReportTasklet(YearTotals yearTotals, SectionDirectory sections, ReportRenderer renderer,
            ReportDelivery delivery, ReportingProperties properties, Clock clock,
            @Value("#{jobParameters['asOf']}") String asOf, @Value("#{jobParameters['force']}") String force,
            @Value("#{stepExecution.jobExecution.id}") long jobExecutionId) {
        LocalDate today = LocalDate.parse(asOf);
        int firstYear = properties.firstPeriod().getYear();
        return new DeliverReportTasklet(() -> Optional.of(new AnnualTableContent(sections.bureau(), firstYear, today,
                sections.all().stream().filter(Section::reports).toList(), yearTotals.all(firstYear, today.getYear()),
                ReportFooter.of(sections.bureau(), properties.contact()),
                ReportFooter.generatedAt(clock),
                renderer)), "", delivery, Boolean.parseBoolean(force), jobExecutionId);
    }
}
