package cn.liulin.enforcement.scheduling;

import java.time.Clock;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import cn.liulin.enforcement.intake.Ingest;

/** Reads the inbox on schedule; never twice at once across the cluster. */
@DisallowConcurrentExecution
class ScheduledIngest implements Job {

    private final Ingest ingest;
    private final Clock clock;

    ScheduledIngest(Ingest ingest, Clock clock) {
        this.ingest = ingest;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        ingest.run(clock.instant());
    }
}
