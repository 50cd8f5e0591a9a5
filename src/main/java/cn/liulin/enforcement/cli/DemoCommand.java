package cn.liulin.enforcement.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.delivery.SharedFolder;
import cn.liulin.enforcement.demo.DemoLoader;
import cn.liulin.enforcement.demo.DemoReports;
import cn.liulin.enforcement.intake.IngestRun;
import cn.liulin.enforcement.intake.ReceiptStatus;
import cn.liulin.enforcement.lateness.LatenessPolicy;
import cn.liulin.enforcement.reports.ReportRun;
import cn.liulin.enforcement.submissions.PeriodStatusQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.springframework.core.env.Environment;

@Command(name = "demo", mixinStandardHelpOptions = true, description = {
        "演示：在内嵌数据库中载入演示股室的 2025 年月度报送文件（含逾期、未报、更正、退回、重复），", "以及投诉举报、执法监督台账和问题清单，经收件箱逐批读取，显示报送状态，并生成全部报表。只在未配置数据库时运行。" })
class DemoCommand implements Callable<Integer> {

    private final DemoLoader demo;

    private final DemoReports reports;

    private final SharedFolder shared;

    private final PeriodStatusQuery statuses;

    private final LatenessPolicy lateness;

    private final Clock clock;

    private final Environment environment;

    @Spec
    CommandSpec spec;

    DemoCommand(DemoLoader demo, DemoReports reports, SharedFolder shared, PeriodStatusQuery statuses,
            LatenessPolicy lateness, Clock clock, Environment environment) {
        this.demo = demo;
        this.reports = reports;
        this.shared = shared;
        this.statuses = statuses;
        this.lateness = lateness;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (!environment.getProperty("spring.datasource.url", "").isBlank()) {
            throw new UserInputException("已配置数据库（spring.datasource.url）：演示数据只载入内嵌数据库，" + "请去掉该设置后运行 demo，以免演示数据混入正式数据");
        }
        var out = spec.commandLine().getOut();
        List<IngestRun> runs = demo.load();
        if (runs.stream().anyMatch(run -> !run.completed())) {
            return ExitCodes.JOB_FAILED;
        }
        if (!runs.isEmpty()) {
            out.printf("演示数据已载入：%d 批报送，%d 个文件（接收 %d，退回 %d，重复 %d）%n%n", runs.size(),
                    runs.stream().mapToInt(run -> run.files().size()).sum(),
                    runs.stream().mapToLong(run -> run.count(ReceiptStatus.ACCEPTED)).sum(),
                    runs.stream().mapToLong(run -> run.count(ReceiptStatus.REJECTED)).sum(),
                    runs.stream().mapToLong(run -> run.count(ReceiptStatus.DUPLICATE)).sum());
        }
        ReportingPeriod period = demo.showcasePeriod();
        StatusTable.printTable(out, period, statuses.statusOf(period), clock.getZone(), lateness.deadlineText(period));
        out.println();
        out.println("报表（共享文件夹 " + shared.root() + "）：");
        for (ReportRun run : reports.deliver()) {
            if (!run.completed()) {
                return ReportRunSummary.print(out, spec.commandLine().getErr(), run);
            }
            if (!run.files().isEmpty()) {
                out.printf("  %s/%s%s%n", run.folder(), run.files().get(0), run.written() ? "" : "（已存在）");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

}
