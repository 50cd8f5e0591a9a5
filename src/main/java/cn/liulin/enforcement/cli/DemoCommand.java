package cn.liulin.enforcement.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.delivery.SharedFolder;
import cn.liulin.enforcement.demo.DemoAccounts;
import cn.liulin.enforcement.demo.DemoLoader;
import cn.liulin.enforcement.demo.DemoReports;
import cn.liulin.enforcement.intake.IngestRun;
import cn.liulin.enforcement.intake.ReceiptStatus;
import cn.liulin.enforcement.lateness.LatenessPolicy;
import cn.liulin.enforcement.submissions.PeriodStatusQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.springframework.core.env.Environment;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = { "演示：在内嵌数据库中载入演示数据并生成全部报表。", "演示股室 2025 年全年的月度报送（含逾期、未报、更正、退回、重复）和三个台账经收件箱逐批读取；",
                "演示时钟固定在 2026-01-04 10:00（可用 --reporting.now=… 另定）。只在未配置数据库时运行。" })
class DemoCommand implements Callable<Integer> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DemoLoader demo;

    private final DemoReports reports;

    private final SharedFolder shared;

    private final PeriodStatusQuery statuses;

    private final LatenessPolicy lateness;

    private final Clock clock;

    private final Environment environment;

    private final DemoAccounts demoAccounts;

    @Spec
    CommandSpec spec;

    DemoCommand(DemoLoader demo, DemoReports reports, SharedFolder shared, PeriodStatusQuery statuses,
            LatenessPolicy lateness, Clock clock, Environment environment, DemoAccounts demoAccounts) {
        this.demoAccounts = demoAccounts;
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
        PrintWriter out = spec.commandLine().getOut();
        String log = environment.getProperty("logging.file.name");
        out.printf("演示时钟：%s（北京时间）；详细日志：%s%n", SHOWN.format(clock.instant().atZone(clock.getZone())),
                log == null ? "见上" : Path.of(log).toAbsolutePath().normalize());
        Progress progress = new Progress(out, "载入演示数据");
        List<IngestRun> runs = demo.load(progress::show);
        progress.end();
        if (runs.stream().anyMatch(run -> !run.completed())) {
            return ExitCodes.JOB_FAILED;
        }
        if (!runs.isEmpty()) {
            out.printf("演示数据已载入：%d 批报送，%d 个文件（接收 %d，退回 %d，重复 %d），回执在 %s%n", runs.size(),
                    runs.stream().mapToInt(run -> run.files().size()).sum(),
                    runs.stream().mapToLong(run -> run.count(ReceiptStatus.ACCEPTED)).sum(),
                    runs.stream().mapToLong(run -> run.count(ReceiptStatus.REJECTED)).sum(),
                    runs.stream().mapToLong(run -> run.count(ReceiptStatus.DUPLICATE)).sum(), shared.folder("回执"));
        }
        out.println();
        ReportingPeriod period = demo.showcasePeriod();
        StatusTable.printTable(out, period, statuses.statusOf(period), clock.getZone(), lateness.deadlineText(period));
        out.println();
        int code = new DemoSummary(out, spec.commandLine().getErr(), shared.root()).print(reports.deliver());
        out.println();
        out.println("网页控制台：不带命令运行 java -jar target/enforcement-reporting.jar，再打开 http://127.0.0.1:"
                + environment.getProperty("server.port", "8086") + "/board?year=" + period.month().getYear()
                + " 登录（密码都是 " + DemoAccounts.PASSWORD + "）：");
        for (var account : demoAccounts.ensure()) {
            out.printf("  %-6s %s%s%n", account.username(), account.role().chinese(),
                    account.sections().isEmpty() ? "" : "，股室 " + String.join("、", account.sections()));
        }
        out.flush();
        return code;
    }

    /**
     * One line that counts up while a terminal watches, and a single line when the output
     * is a file.
     */
    private static final class Progress {

        private final PrintWriter out;

        private final String label;

        private final boolean terminal = System.console() != null;

        private int last = -1;

        Progress(PrintWriter out, String label) {
            this.out = out;
            this.label = label;
        }

        void show(int done, int total) {
            int percent = total == 0 ? 100 : done * 100 / total;
            if (terminal && percent != last) {
                out.printf("\r%s：%d/%d 个文件（%d%%）", label, done, total, percent);
                out.flush();
            }
            last = percent;
        }

        void end() {
            if (terminal && last >= 0) {
                out.println();
            }
        }

    }

}
