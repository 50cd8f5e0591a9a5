package cn.liulin.enforcement.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import cn.liulin.enforcement.reports.ReportInfo;
import cn.liulin.enforcement.reports.ReportLauncher;
import cn.liulin.enforcement.reports.ReportParameters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code report <name>}: one subcommand per report definition, its options made from the
 * definition's parameters, so that a new report needs no command of its own.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "生成报表（PDF 和 Excel），放入共享文件夹。")
class ReportCommand {

    /**
     * Adds a subcommand per report to {@code report}: from the classes before Spring
     * starts (to read the command line, {@code launcher} null), from the registry to run
     * one.
     */
    static void addSubcommands(CommandLine report, List<ReportInfo> reports, ReportLauncher launcher) {
        for (ReportInfo info : reports) {
            report.addSubcommand(info.name(), new CommandLine(new ReportSubcommand(info, launcher).spec));
        }
    }

    /** One report's command: its options, and a run of its job with what was typed. */
    private static final class ReportSubcommand implements Callable<Integer> {

        private static final String FORCE = "--force";

        private final ReportInfo info;

        private final ReportLauncher launcher;

        private final ReportParameters<?> parameters;

        private final CommandSpec spec;

        ReportSubcommand(ReportInfo info, ReportLauncher launcher) {
            this.info = info;
            this.launcher = launcher;
            this.parameters = info.parameters();
            this.spec = CommandSpec.wrapWithoutInspection(this);
            spec.name(info.name()).mixinStandardHelpOptions(true);
            spec.usageMessage().description(info.description().toArray(String[]::new));
            for (ReportParameters.Field field : parameters.fields()) {
                spec.addOption(OptionSpec.builder(field.option())
                    .paramLabel(field.label())
                    .type(String.class)
                    .required(field.required())
                    .description(field.description())
                    .build());
            }
            spec.addOption(OptionSpec.builder(FORCE)
                .type(boolean.class)
                .arity("0")
                .initialValue(false)
                .description("即使数据未变也生成新版本")
                .build());
        }

        @Override
        public Integer call() {
            Map<String, String> typed = new LinkedHashMap<>();
            for (ReportParameters.Field field : parameters.fields()) {
                typed.put(field.name(), spec.findOption(field.option()).getValue());
            }
            boolean force = spec.findOption(FORCE).getValue();
            CommandLine line = spec.commandLine();
            return ReportRunSummary.print(line.getOut(), line.getErr(), launcher.deliver(info.name(), typed, force));
        }

    }

}
