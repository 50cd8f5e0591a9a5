package cn.liulin.enforcement.reports;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/** Every report job has the same shape: one {@code deliverStep} running its {@link DeliverReportTasklet}. */
public final class ReportJobs {

    private ReportJobs() {
    }

    public static Job deliverJob(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
            DeliverReportTasklet tasklet) {
        return new JobBuilder(name, jobRepository)
                .start(new StepBuilder("deliverStep", jobRepository).tasklet(tasklet, transactionManager).build())
                .build();
    }
}
