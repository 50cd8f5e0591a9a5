package cn.liulin.enforcement.cli;

import picocli.CommandLine.Command;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "生成报表（PDF 和 Excel），放入共享文件夹。",
        subcommands = {MonthlyReportCommand.class, ReminderCommand.class, ComplaintReportCommand.class,
                RectificationReportCommand.class, AnnualReportCommand.class, PhaseReportCommand.class})
class ReportCommand {
}
