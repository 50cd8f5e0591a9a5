package cn.liulin.enforcement.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import cn.liulin.enforcement.delivery.SharedFolder;
import cn.liulin.enforcement.reports.phase.PhaseSummaries;

@Command(name = "phase", mixinStandardHelpOptions = true,
        description = "生成专项行动某阶段的阶段总结（执法数据及同比、按月报送、问题整改、投诉举报、执法监督），放入 共享文件夹/阶段总结/。")
class PhaseReportCommand implements Callable<Integer> {

    private final PhaseSummaries summaries;
    private final SharedFolder shared;

    @Spec
    CommandSpec spec;

    @Option(names = "--phase", required = true, paramLabel = "NAME", description = "阶段：自查自纠、监督检查或总结提升（见设置）")
    String phase;

    @Option(names = "--force", description = "即使数据未变也生成新版本")
    boolean force;

    PhaseReportCommand(PhaseSummaries summaries, SharedFolder shared) {
        this.summaries = summaries;
        this.shared = shared;
    }

    @Override
    public Integer call() {
        return ReportRunSummary.print(spec.commandLine().getOut(), spec.commandLine().getErr(),
                summaries.deliver(phase, force), shared.root());
    }
}
