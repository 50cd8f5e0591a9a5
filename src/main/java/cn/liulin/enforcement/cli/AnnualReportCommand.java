package cn.liulin.enforcement.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import cn.liulin.enforcement.delivery.SharedFolder;
import cn.liulin.enforcement.reports.annual.AnnualReports;

@Command(name = "annual", mixinStandardHelpOptions = true,
        description = "生成行政执法相关数据统计表（附件1）：各股室和全局自数据起始年份至今每年的六项件数，放入 共享文件夹/本月/。")
class AnnualReportCommand implements Callable<Integer> {

    private final AnnualReports reports;
    private final SharedFolder shared;

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "即使数据未变也生成新版本")
    boolean force;

    AnnualReportCommand(AnnualReports reports, SharedFolder shared) {
        this.reports = reports;
        this.shared = shared;
    }

    @Override
    public Integer call() {
        return ReportRunSummary.print(spec.commandLine().getOut(), spec.commandLine().getErr(), reports.deliver(force),
                shared.root());
    }
}
