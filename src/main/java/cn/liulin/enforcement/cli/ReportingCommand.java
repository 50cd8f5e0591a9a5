package cn.liulin.enforcement.cli;

import picocli.CommandLine.Command;

/**
 * The top of the command line: with no command, the jar runs the scheduler until stopped.
 */
@Command(name = "enforcement-reporting", mixinStandardHelpOptions = true, version = "enforcement-reporting 0.1.0",
        description = { "柳林县应急管理局 规范涉企行政执法专项行动：月度执法数据收集、逾期标记与报表。", "不带命令运行时按计划无人值守运行（调度器），直到停止。",
                "设置可写作 --reporting.inbox-dir=路径 等，见 README。" },
        subcommands = { IngestCommand.class, SubmitCommand.class, StatusCommand.class, JobsCommand.class,
                ReportCommand.class, DemoCommand.class, UserCommand.class },
        footer = { "", "退出码：0 成功；1 作业失败；2 用法或输入有误。" })
class ReportingCommand {

}
