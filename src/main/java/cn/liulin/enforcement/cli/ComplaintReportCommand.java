package cn.liulin.enforcement.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import cn.liulin.enforcement.delivery.SharedFolder;
import cn.liulin.enforcement.intake.CellDates;
import cn.liulin.enforcement.reports.complaints.ComplaintReports;

@Command(name = "complaints", mixinStandardHelpOptions = true,
        description = {"生成 12345 政务服务热线投诉、举报信息汇总表（附件3）：发生时间在日期范围内的投诉，",
                "反映人和联系方式按设置隐去部分内容，放入 共享文件夹/结束日期所在月份/。"})
class ComplaintReportCommand implements Callable<Integer> {

    private final ComplaintReports reports;
    private final SharedFolder shared;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "开始日期（含）")
    String from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "结束日期（含）")
    String to;

    @Option(names = "--force", description = "即使数据未变也生成新版本")
    boolean force;

    ComplaintReportCommand(ComplaintReports reports, SharedFolder shared) {
        this.reports = reports;
        this.shared = shared;
    }

    @Override
    public Integer call() {
        var run = reports.deliver(date(from, "--from"), date(to, "--to"), force);
        return ReportRunSummary.print(spec.commandLine().getOut(), spec.commandLine().getErr(), run, shared.root());
    }

    private static LocalDate date(String text, String option) {
        LocalDate date = CellDates.date(text);
        if (date == null) {
            throw new UserInputException(option + " 应为日期，例如 2025-07-01，而不是 " + text);
        }
        return date;
    }
}
