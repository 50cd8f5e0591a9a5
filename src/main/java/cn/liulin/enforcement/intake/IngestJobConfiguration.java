package cn.liulin.enforcement.intake;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.core.BureauZone;
import cn.liulin.enforcement.delivery.SharedFolder;
import cn.liulin.enforcement.jobs.JobOwnership;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code ingestJob}: {@code loadStep} reads each inbox file, checks it whole and stores
 * it in its own transaction; {@code archiveStep} then moves each original to the archive
 * and writes its receipts. Its parameter {@code now} is the received time of every file
 * it reads.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

    static final String JOB_NAME = "ingestJob";

    /** When the files of a run count as received: the time it was started. */
    static final String RECEIVED_AT = "receivedAt";

    @Bean
    Job ingestJob(JobRepository jobRepository, Step loadStep, Step archiveStep, IngestLogListener ingestLogListener,
            JobOwnership jobOwnership) {
        return new JobBuilder(JOB_NAME, jobRepository).start(loadStep)
            .next(archiveStep)
            .listener(ingestLogListener)
            .listener(jobOwnership)
            .build();
    }

    @Bean
    Step loadStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            InboxFileReader inboxFileReader, IntakeProcessor intakeProcessor, IntakeWriter intakeWriter) {
        return new StepBuilder("loadStep", jobRepository).<InboxFile, IntakeOutcome>chunk(1)
            .transactionManager(transactionManager)
            .reader(inboxFileReader)
            .processor(intakeProcessor)
            .writer(intakeWriter)
            .build();
    }

    @Bean
    Step archiveStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ArchiveTasklet archiveTasklet) {
        return new StepBuilder("archiveStep", jobRepository).tasklet(archiveTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    InboxFileReader inboxFileReader(ReportingProperties properties, ParseAhead parseAhead, InboxSightings sightings,
            @Value("#{jobParameters['" + RECEIVED_AT + "']}") LocalDateTime receivedAt) {
        return new InboxFileReader(properties.inboxDir(), parseAhead, sightings, new Settling(properties.inboxSettle()),
                receivedAt.atZone(BureauZone.ZONE).toInstant(), Clock.systemUTC());
    }

    /**
     * Shared by the reader (which starts parses) and the processor (which takes them);
     * closed with the step.
     */
    @Bean
    @StepScope
    ParseAhead parseAhead(List<KindIntake<?>> kinds, SectionLookup sections, ReportingProperties properties,
            Clock clock, @Value("#{stepExecution.jobExecution.id}") long jobExecutionId) {
        return new ParseAhead(new FileParser(kinds, sections), archive(properties, clock).staging(), jobExecutionId);
    }

    @Bean
    @StepScope
    IntakeProcessor intakeProcessor(InboxFileRecords inboxFileRecords, ParseAhead parseAhead) {
        return new IntakeProcessor(inboxFileRecords, parseAhead);
    }

    @Bean
    @StepScope
    IntakeWriter intakeWriter(InboxFileRecords inboxFileRecords, InboxSightings sightings,
            PlatformTransactionManager transactionManager,
            @Value("#{stepExecution.jobExecution.id}") long jobExecutionId) {
        return new IntakeWriter(inboxFileRecords, sightings, transactionManager, jobExecutionId);
    }

    @Bean
    @StepScope
    ArchiveTasklet archiveTasklet(InboxFileRecords inboxFileRecords, ReportingProperties properties,
            SharedFolder sharedFolder, Clock clock, List<KindIntake<?>> kinds, List<ReceiptNotes> notes,
            @Value("#{stepExecution.jobExecution.id}") long jobExecutionId) {
        return new ArchiveTasklet(inboxFileRecords, archive(properties, clock), new Receipts(sharedFolder, clock),
                properties.inboxDir(), kinds, notes, jobExecutionId);
    }

    private static Archive archive(ReportingProperties properties, Clock clock) {
        return new Archive(properties.archiveDir(), clock.getZone());
    }

    @Bean
    InboxSightings inboxSightings(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        return new InboxSightings(jdbc, transactionManager);
    }

    @Bean
    InboxFileRecords inboxFileRecords(JdbcClient jdbc, Kinds kinds) {
        return new InboxFileRecords(jdbc, kinds);
    }

}
