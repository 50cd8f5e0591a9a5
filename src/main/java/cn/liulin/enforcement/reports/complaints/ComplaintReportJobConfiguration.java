package cn.liulin.enforcement.reports.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.complaints.ComplaintRegister;
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

/** {@code complaintReportJob}: 附件3 for a date range, delivered to the folder of the range's last month. */
@Configuration(proxyBeanMethods = false)
class ComplaintReportJobConfiguration {

    @Bean
    Job complaintReportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            DeliverReportTasklet complaintReportTasklet) {
        return ReportJobs.deliverJob("complaintReportJob", jobRepository, transactionManager, complaintReportTasklet);
    }

    @Bean
    @StepScope
    DeliverReportTasklet complaintReportTasklet(ComplaintRegister register, SectionDirectory sections,
            ReportRenderer renderer, ReportDelivery delivery, ReportingProperties properties, Clock clock,
            @Value("#{jobParameters['from']}") String from, @Value("#{jobParameters['to']}") String to,
            @Value("#{jobParameters['force']}") String force, @Value("#{stepExecution.jobExecution.id}") long jobExecutionId) {
        LocalDate start = LocalDate.parse(from);
        LocalDate end = LocalDate.parse(to);
        return new DeliverReportTasklet(() -> Optional.of(new ComplaintRegisterContent(sections.bureau(), start, end,
                register.occurredBetween(start, end), properties.privacy().maskPersonalData(),
                ReportFooter.of(sections.bureau(), properties.contact()),
                ReportFooter.generatedAt(clock),
                renderer)), "", delivery, Boolean.parseBoolean(force), jobExecutionId);
    }
}
