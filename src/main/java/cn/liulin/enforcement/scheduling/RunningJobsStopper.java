package cn.liulin.enforcement.scheduling;

import java.time.Duration;
import java.time.Instant;

import cn.liulin.enforcement.jobs.JobOwnership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On SIGTERM (the context closing), asks this process's running jobs to stop at their
 * next chunk boundary and waits for them, so that each ends STOPPED, consistent, and
 * restartable by the next start.
 */
@Component
class RunningJobsStopper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RunningJobsStopper.class);

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final JobOwnership ownership;

    private final JobOperator jobOperator;

    private volatile boolean running;

    RunningJobsStopper(JobOwnership ownership, JobOperator jobOperator) {
        this.ownership = ownership;
        this.jobOperator = jobOperator;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        var executions = ownership.runningHere();
        if (executions.isEmpty()) {
            return;
        }
        for (long id : executions) {
            try {
                log.info("正在停止作业 #{}（将在当前文件处理完后停下，可在下次启动时继续）", id);
                jobOperator.stop(id);
            }
            catch (Exception e) {
                log.warn("无法停止作业 #{}", id, e);
            }
        }
        Instant until = Instant.now().plus(WAIT);
        while (!ownership.runningHere().isEmpty() && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the scheduler and the database pool go away. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

}
