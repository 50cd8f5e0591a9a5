package cn.liulin.enforcement.reports.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.lateness.ReportingPeriod;
import cn.liulin.enforcement.reports.ReportJobLauncher;
import cn.liulin.enforcement.reports.ReportRun;

import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

/** Sends the 催报通知 by running {@code reminderJob}. */
@Component
public class Reminders {

    private final ReportJobLauncher launcher;
    private final Job reminderJob;
    private final Clock clock;
    private final int deadlineDay;

    Reminders(ReportJobLauncher launcher, Job reminderJob, Clock clock, ReportingProperties properties) {
        this.launcher = launcher;
        this.reminderJob = reminderJob;
        this.clock = clock;
        this.deadlineDay = properties.deadline().day();
    }

    /** The period a reminder is due for today: last month's, on days 1 to the deadline day; else none. */
    public Optional<ReportingPeriod> duePeriod() {
        LocalDate today = LocalDate.now(clock);
        if (today.getDayOfMonth() > deadlineDay) {
            return Optional.empty();
        }
        return Optional.of(ReportingPeriod.containing(today).previous());
    }

    public int deadlineDay() {
        return deadlineDay;
    }

    public ReportRun send(ReportingPeriod period, boolean force) {
        return launcher.run(reminderJob, Map.of("period", period.toString()), force, null);
    }
}
