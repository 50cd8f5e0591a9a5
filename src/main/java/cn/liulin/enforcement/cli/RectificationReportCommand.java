package cn.liulin.enforcement.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import cn.liulin.enforcement.delivery.SharedFolder;
import cn.liulin.enforcement.reports.rectification.RectificationReports;

@Command(name = "rectification", mixinStandardHelpOptions = true,
        description = "生成涉企问题清单及整改责任清单（附件2）：截至今天的全部问题，按股室分组并标出逾期，放入 共享文件夹/本月/。")
class RectificationReportCommand implements Callable<Integer> {

    private final RectificationReports reports;
    private final SharedFolder shared;

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "即使数据未变也生成新版本")
    boolean force;

    RectificationReportCommand(RectificationReports reports, SharedFolder shared) {
        this.reports = reports;
        this.shared = shared;
    }

    @Override
    public Integer call() {
        var run = reports.deliver(force);
        return ReportRunSummary.print(spec.commandLine().getOut(), spec.commandLine().getErr(), run, shared.root());
    }
}
