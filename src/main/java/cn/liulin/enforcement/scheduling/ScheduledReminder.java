package cn.liulin.enforcement.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import cn.liulin.enforcement.reports.reminder.Reminders;

/** Sends the 催报通知 for last month on days 1 to the deadline day; a new version only when the list changed. */
@DisallowConcurrentExecution
class ScheduledReminder implements Job {

    private final Reminders reminders;

    ScheduledReminder(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(JobExecutionContext context) {
        reminders.duePeriod().ifPresent(period -> reminders.send(period, false));
    }
}
