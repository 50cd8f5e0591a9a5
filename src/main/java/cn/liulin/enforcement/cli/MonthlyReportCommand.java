package cn.liulin.enforcement.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import cn.liulin.enforcement.delivery.SharedFolder;
import cn.liulin.enforcement.lateness.ReportingPeriod;
import cn.liulin.enforcement.reports.monthly.MonthlyReports;

@Command(name = "monthly", mixinStandardHelpOptions = true,
        description = {"生成某统计月份的涉企行政执法情况月报（报县司法局），放入 共享文件夹/YYYY-MM/。",
                "已交付且数据未变时不重复生成；数据有更正时生成新版本（_v2）并附变更说明。"})
class MonthlyReportCommand implements Callable<Integer> {

    private final MonthlyReports reports;
    private final SharedFolder shared;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "统计月份，例如 2025-06")
    String period;

    @Option(names = "--force", description = "即使数据未变也生成新版本")
    boolean force;

    MonthlyReportCommand(MonthlyReports reports, SharedFolder shared) {
        this.reports = reports;
        this.shared = shared;
    }

    @Override
    public Integer call() {
        var run = reports.deliver(ReportingPeriod.parse(period), force);
        return ReportRunSummary.print(spec.commandLine().getOut(), spec.commandLine().getErr(), run, shared.root());
    }
}
