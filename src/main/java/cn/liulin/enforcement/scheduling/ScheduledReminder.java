package cn.liulin.enforcement.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import cn.liulin.enforcement.reports.reminder.Reminders;

/** Sends the 催报通知 for last month on days 1 to the deadline day; a new version only when the list changed. */
@DisallowConcurrentExecution
class ScheduledReminder implements Job {

    private static final Logger log = LoggerFactory.getLogger(ScheduledReminder.class);

    private final Reminders reminders;

    ScheduledReminder(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            reminders.duePeriod().ifPresent(period -> reminders.send(period, false));
        }
        catch (RuntimeException e) {
            log.warn("本次催报通知未能生成，下次计划运行时重试：{}", e.getMessage());
        }
    }
}
