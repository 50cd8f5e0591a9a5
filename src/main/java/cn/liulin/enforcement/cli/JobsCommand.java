package cn.liulin.enforcement.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import cn.liulin.enforcement.jobs.JobHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "最近的作业运行（状态、参数、开始时间、用时、各步骤的读取 / 写入 / 跳过数）和计划任务的下次运行时间。")
class JobsCommand implements Callable<Integer> {

    private final JobHistory history;

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", defaultValue = "20", description = "显示最近多少次运行（默认 ${DEFAULT-VALUE}）")
    int limit;

    JobsCommand(JobHistory history) {
        this.history = history;
    }

    @Override
    public Integer call() {
        List<List<String>> rows = new ArrayList<>();
        for (JobHistory.Run run : history.latest(limit)) {
            rows.add(List.of(Long.toString(run.id()), run.jobName(), run.status(), run.parameters(), run.started(),
                    run.duration(), run.steps(), run.exitMessage()));
        }
        var out = spec.commandLine().getOut();
        if (rows.isEmpty()) {
            out.println("还没有作业运行记录");
        }
        else {
            out.println(TextTable.render(List.of("编号", "作业", "状态", "参数", "开始时间", "用时", "步骤", "说明"), rows, 99));
        }
        List<List<String>> schedules = new ArrayList<>();
        for (JobHistory.Schedule schedule : history.schedules()) {
            schedules.add(List.of(schedule.name(), schedule.description(), schedule.cron(), schedule.state(),
                    schedule.nextFire()));
        }
        out.println();
        if (schedules.isEmpty()) {
            out.println("计划任务尚未登记（调度器第一次启动时登记）");
        }
        else {
            out.println("计划任务（北京时间）：");
            out.println(TextTable.render(List.of("任务", "说明", "Cron", "状态", "下次运行"), schedules, 99));
        }
        out.flush();
        return ExitCodes.OK;
    }

}
