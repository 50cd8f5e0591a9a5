package cn.liulin.enforcement.scheduling;

import java.time.Clock;

import cn.liulin.enforcement.intake.Ingest;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the inbox on schedule when files wait there; never twice at once across the
 * cluster.
 */
@DisallowConcurrentExecution
class ScheduledIngest implements Job {

    private static final Logger log = LoggerFactory.getLogger(ScheduledIngest.class);

    private final Ingest ingest;

    private final Clock clock;

    ScheduledIngest(Ingest ingest, Clock clock) {
        this.ingest = ingest;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        // An empty inbox is the usual case: no job execution is recorded for it.
        if (ingest.hasWaitingFiles()) {
            try {
                ingest.run(clock.instant());
            }
            catch (RuntimeException e) {
                // Files stay in the inbox: the next fire reads them.
                log.warn("本次读取收件箱未能启动，下次计划运行时重试", e);
            }
        }
    }

}
