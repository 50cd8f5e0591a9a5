package cn.liulin.enforcement.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.lateness.LatenessPolicy;
import cn.liulin.enforcement.submissions.PeriodStatusQuery;
import cn.liulin.enforcement.submissions.SectionStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "显示某统计月份各股室的报送状态（按时 / 逾期 / 逾期未报 / 未到期）、报送时间、更正标记和件数。")
class StatusCommand implements Callable<Integer> {

    private final PeriodStatusQuery statuses;

    private final LatenessPolicy lateness;

    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "统计月份，例如 2025-06")
    String period;

    @Option(names = "--json", description = "以 JSON 输出（供程序读取）")
    boolean json;

    StatusCommand(PeriodStatusQuery statuses, LatenessPolicy lateness, Clock clock) {
        this.statuses = statuses;
        this.lateness = lateness;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        ReportingPeriod parsed = ReportingPeriod.parse(period);
        List<SectionStatus> result = statuses.statusOf(parsed);
        if (json) {
            StatusTable.printJson(spec.commandLine().getOut(), result, clock.getZone());
        }
        else {
            StatusTable.printTable(spec.commandLine().getOut(), parsed, result, clock.getZone(),
                    lateness.deadlineText(parsed));
        }
        return ExitCodes.OK;
    }

}
