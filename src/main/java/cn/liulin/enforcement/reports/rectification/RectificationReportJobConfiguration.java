package cn.liulin.enforcement.reports.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.problems.ProblemList;
import cn.liulin.enforcement.reports.DeliverReportTasklet;
import cn.liulin.enforcement.reports.ReportJobs;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportFooter;
import cn.liulin.enforcement.reports.ReportRenderer;
import cn.liulin.enforcement.sections.SectionDirectory;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** {@code rectificationReportJob}: 附件2 as of a day, delivered to that month's folder. */
@Configuration(proxyBeanMethods = false)
class RectificationReportJobConfiguration {

    @Bean
    Job rectificationReportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            DeliverReportTasklet rectificationReportTasklet) {
        return ReportJobs.deliverJob("rectificationReportJob", jobRepository, transactionManager, rectificationReportTasklet);
    }

    @Bean
    @StepScope
    DeliverReportTasklet rectificationReportTasklet(ProblemList problems, SectionDirectory sections,
            ReportRenderer renderer, ReportDelivery delivery, ReportingProperties properties, Clock clock,
            @Value("#{jobParameters['asOf']}") String asOf, @Value("#{jobParameters['force']}") String force,
            @Value("#{stepExecution.jobExecution.id}") long jobExecutionId) {
        LocalDate day = LocalDate.parse(asOf);
        return new DeliverReportTasklet(() -> {
            var entries = problems.asOf(day);
            return entries.isEmpty() ? Optional.empty() : Optional.of(new RectificationListContent(sections.bureau(), day,
                    entries, ReportFooter.of(sections.bureau(), properties.contact()),
                    ReportFooter.generatedAt(clock),
                    renderer));
        }, "问题清单中还没有问题：请先报送问题清单及整改责任清单", delivery, Boolean.parseBoolean(force), jobExecutionId);
    }
}
