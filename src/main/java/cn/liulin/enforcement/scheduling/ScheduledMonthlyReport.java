package cn.liulin.enforcement.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Delivers the 月报 of every closed period that lacks a current one, oldest first. */
@DisallowConcurrentExecution
class ScheduledMonthlyReport implements Job {

    private final CatchUp catchUp;

    ScheduledMonthlyReport(CatchUp catchUp) {
        this.catchUp = catchUp;
    }

    @Override
    public void execute(JobExecutionContext context) {
        catchUp.run();
    }
}
