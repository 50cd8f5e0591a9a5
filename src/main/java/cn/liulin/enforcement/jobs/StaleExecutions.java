package cn.liulin.enforcement.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Executions a dead process left STARTED: each is marked FAILED (Spring Batch's
 * {@code recover}) and restarted, so that nothing stays stuck and the work is finished.
 * Executions still owned by a live process, here or on another node, are left alone.
 */
@Component
public class StaleExecutions {

    private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

    private static final Duration RECHECK_AFTER = Duration.ofSeconds(1);

    private final JdbcClient jdbc;

    private final JobOwnership ownership;

    private final JobRepository jobRepository;

    private final JobOperator jobOperator;

    private final List<AbandonedWork> abandonedWork;

    StaleExecutions(JdbcClient jdbc, JobOwnership ownership, JobRepository jobRepository, JobOperator jobOperator,
            List<AbandonedWork> abandonedWork) {
        this.jdbc = jdbc;
        this.abandonedWork = abandonedWork;
        this.ownership = ownership;
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
    }

    /**
     * @return the executions recovered and restarted
     */
    public List<Long> recoverAndRestart() {
        List<Long> recovered = new ArrayList<>();
        List<Long> unfinished = jdbc.sql("""
                select job_execution_id from batch_job_execution
                where status in ('STARTING', 'STARTED', 'STOPPING') and end_time is null order by job_execution_id
                """).query(Long.class).list();
        List<Long> unowned = unfinished.stream().filter(ownership::isOrphaned).toList();
        if (!unowned.isEmpty()) {
            // Another node's run releases its lock a moment before it records its end,
            // and
            // takes it a moment after it is created: look again after that moment.
            pause(RECHECK_AFTER);
        }
        for (long id : unowned) {
            if (!stillUnfinished(id) || !ownership.isOrphaned(id)) {
                continue;
            }
            JobExecution execution = jobRepository.getJobExecution(id);
            if (execution == null) {
                continue;
            }
            log.warn("作业 {} #{} 因进程意外退出停在 {}：标记为失败并重新运行", execution.getJobInstance().getJobName(), id,
                    execution.getStatus());
            JobExecution failed = jobOperator.recover(execution);
            int discarded = abandonedWork.stream().mapToInt(work -> work.discard(id)).sum();
            if (discarded > 0) {
                log.info("已清理作业 #{} 未完成的 {} 个临时文件（从未交付）", id, discarded);
            }
            recovered.add(id);
            try {
                JobExecution again = jobOperator.restart(failed);
                log.info("作业 {} #{} 已重新运行为 #{}：{}", execution.getJobInstance().getJobName(), id, again.getId(),
                        again.getStatus());
            }
            catch (Exception e) {
                log.error("作业 #{} 重新运行失败：{}", id, e.getMessage(), e);
            }
        }
        return recovered;
    }

    private boolean stillUnfinished(long id) {
        return jdbc.sql("""
                select count(*) from batch_job_execution
                where job_execution_id = :id and status in ('STARTING', 'STARTED', 'STOPPING') and end_time is null
                """).param("id", id).query(Integer.class).single() > 0;
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Restarts executions stopped on purpose (SIGTERM) whose instance has not completed
     * since.
     */
    public List<Long> restartStopped() {
        List<Long> restarted = new ArrayList<>();
        List<Long> stopped = jdbc.sql("""
                select e.job_execution_id from batch_job_execution e
                where e.status = 'STOPPED' and not exists (
                    select 1 from batch_job_execution later
                    where later.job_instance_id = e.job_instance_id and later.job_execution_id > e.job_execution_id)
                order by e.job_execution_id
                """).query(Long.class).list();
        for (long id : stopped) {
            JobExecution execution = jobRepository.getJobExecution(id);
            try {
                JobExecution again = jobOperator.restart(execution);
                log.info("继续运行停止的作业 {} #{}，新的运行 #{}：{}", execution.getJobInstance().getJobName(), id, again.getId(),
                        again.getStatus());
                restarted.add(id);
            }
            catch (Exception e) {
                log.error("作业 #{} 继续运行失败：{}", id, e.getMessage(), e);
            }
        }
        return restarted;
    }

}
