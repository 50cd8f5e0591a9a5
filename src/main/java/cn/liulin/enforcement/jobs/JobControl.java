package cn.liulin.enforcement.jobs;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Stops a running job execution or restarts a failed or stopped one, on a person's
 * request. A stop is recorded in the database, so the node running the job stops it after
 * the current item, whichever node asked.
 */
@Component
public class JobControl {

    private final JobOperator jobOperator;

    private final JobRepository jobRepository;

    JobControl(JobOperator jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    /**
     * Asks a running execution to stop; an {@link IllegalArgumentException} if it is not
     * running.
     */
    public void stop(long executionId) {
        JobExecution execution = execution(executionId);
        if (!execution.isRunning()) {
            throw new IllegalArgumentException("作业 #" + executionId + " 没有在运行（" + execution.getStatus() + "）");
        }
        try {
            jobOperator.stop(execution);
        }
        catch (Exception e) {
            throw new IllegalStateException("无法停止作业 #" + executionId + "：" + e.getMessage(), e);
        }
    }

    /**
     * Whether a person may restart it now: failed or stopped, and the last of its
     * instance.
     */
    public void checkRestartable(long executionId) {
        JobExecution execution = execution(executionId);
        BatchStatus status = execution.getStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            throw new IllegalArgumentException("只有失败或已停止的作业可以重新运行：作业 #" + executionId + " 是 " + status);
        }
        JobExecution last = jobRepository.getLastJobExecution(execution.getJobInstance());
        if (last != null && last.getId() != executionId) {
            throw new IllegalArgumentException("作业 #" + executionId + " 已重新运行过（#" + last.getId() + "）");
        }
    }

    /** Restarts it where it stopped; runs in the caller's thread until the job ends. */
    public long restart(long executionId) {
        checkRestartable(executionId);
        try {
            return jobOperator.restart(execution(executionId)).getId();
        }
        catch (Exception e) {
            throw new IllegalStateException("无法重新运行作业 #" + executionId + "：" + e.getMessage(), e);
        }
    }

    private JobExecution execution(long executionId) {
        JobExecution execution = jobRepository.getJobExecution(executionId);
        if (execution == null) {
            throw new IllegalArgumentException("没有作业 #" + executionId);
        }
        return execution;
    }

}
