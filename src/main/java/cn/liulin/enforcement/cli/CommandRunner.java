package cn.liulin.enforcement.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import cn.liulin.enforcement.reports.ReportDefinition;
import cn.liulin.enforcement.reports.ReportLauncher;
import cn.liulin.enforcement.reports.Reports;
import picocli.CommandLine;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs the command given on the command line, once the application has started, and keeps
 * its exit code for {@code SpringApplication.exit}. Does nothing when the jar runs as the
 * scheduler.
 */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ApplicationContext context;

    private int exitCode;

    CommandRunner(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String[] command = LaunchMode.commandArgs(arguments.getSourceArgs());
        if (command.length == 0) {
            return;
        }
        CommandLine commandLine = new CommandLine(ReportingCommand.class, new SpringCommandFactory(context));
        ReportCommand.addSubcommands(commandLine.getSubcommands().get("report"),
                context.getBean(Reports.class).all().stream().map(ReportDefinition::info).toList(),
                context.getBean(ReportLauncher.class));
        ChineseUsage.apply(commandLine);
        commandLine.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof UserInputException || e instanceof IllegalArgumentException) {
                line.getErr().println("错误：" + e.getMessage());
                return ExitCodes.USAGE;
            }
            line.getErr().println("失败：" + e.getMessage());
            return ExitCodes.JOB_FAILED;
        });
        exitCode = commandLine.execute(command);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /**
     * Creates commands through Spring, so that they get their collaborators by
     * constructor.
     */
    private record SpringCommandFactory(ApplicationContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type.getPackageName().startsWith("cn.liulin.enforcement")) {
                return context.getAutowireCapableBeanFactory().createBean(type);
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

}
