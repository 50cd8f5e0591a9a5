package cn.liulin.enforcement.reports;

import java.util.HashMap;
import java.util.Map;

import cn.liulin.enforcement.jobs.JobOwnership;

import org.springframework.batch.core.configuration.DuplicateJobException;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one shape of every report job, {@code <name>ReportJob}: one {@code deliverStep}
 * running {@link DeliverReportTasklet} for its definition, with {@link JobOwnership}
 * telling a crashed run from a live one. Each job goes in the job registry, so that a
 * stopped or crashed run can be restarted.
 */
@Component
class ReportJobs {

    private final Map<String, Job> byReport = new HashMap<>();

    ReportJobs(Reports reports, JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JobOwnership jobOwnership, ReportDelivery delivery, JobRegistry jobRegistry) throws DuplicateJobException {
        for (ReportDefinition<?> definition : reports.all()) {
            Job job = new JobBuilder(definition.jobName(), jobRepository).listener(jobOwnership)
                .start(new StepBuilder("deliverStep", jobRepository)
                    .tasklet(new DeliverReportTasklet<>(definition, delivery), transactionManager)
                    .build())
                .build();
            jobRegistry.register(job);
            byReport.put(definition.name(), job);
        }
    }

    Job of(ReportDefinition<?> definition) {
        return byReport.get(definition.name());
    }

}
