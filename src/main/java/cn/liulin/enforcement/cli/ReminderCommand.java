package cn.liulin.enforcement.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import cn.liulin.enforcement.delivery.SharedFolder;
import cn.liulin.enforcement.lateness.ReportingPeriod;
import cn.liulin.enforcement.reports.reminder.Reminders;

@Command(name = "reminder", mixinStandardHelpOptions = true,
        description = {"生成催报通知：列出尚未报送上月数据的股室（每月 1 日至截止日）。",
                "用 --period 可为指定月份补发。"})
class ReminderCommand implements Callable<Integer> {

    private final Reminders reminders;
    private final SharedFolder shared;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "统计月份（默认：本月 1 日至截止日之间为上月）")
    String period;

    @Option(names = "--force", description = "即使名单未变也生成新版本")
    boolean force;

    ReminderCommand(Reminders reminders, SharedFolder shared) {
        this.reminders = reminders;
        this.shared = shared;
    }

    @Override
    public Integer call() {
        ReportingPeriod target = period != null ? ReportingPeriod.parse(period) : reminders.duePeriod()
                .orElseThrow(() -> new UserInputException("今天不在催报期内（每月 1 日至 " + reminders.deadlineDay()
                        + " 日）。如需为某月补发催报通知，请写 report reminder --period YYYY-MM"));
        var run = reminders.send(target, force);
        return ReportRunSummary.print(spec.commandLine().getOut(), spec.commandLine().getErr(), run, shared.root());
    }
}
