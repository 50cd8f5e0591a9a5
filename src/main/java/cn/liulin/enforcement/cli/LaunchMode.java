package cn.liulin.enforcement.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import cn.liulin.enforcement.demo.DemoLoader;
import cn.liulin.enforcement.reports.ReportInfo;
import picocli.CommandLine;

/**
 * Decides, before anything starts, what this run is: the scheduler (no command), a
 * command, or a usage error / help request answered at once without starting a database.
 */
public final class LaunchMode {

    private final boolean scheduler;

    private final Integer exitCode;

    private final String command;

    private LaunchMode(boolean scheduler, Integer exitCode) {
        this(scheduler, exitCode, null);
    }

    private LaunchMode(boolean scheduler, Integer exitCode, String command) {
        this.scheduler = scheduler;
        this.exitCode = exitCode;
        this.command = command;
    }

    public static LaunchMode of(String... args) {
        String[] command = commandArgs(args);
        if (command.length == 0) {
            return new LaunchMode(true, null);
        }
        CommandLine commandLine = new CommandLine(ReportingCommand.class, new ParseOnlyFactory());
        ReportCommand.addSubcommands(commandLine.getSubcommands().get("report"), ReportInfo.scan(), null);
        ChineseUsage.apply(commandLine);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            CommandLine.ParseResult parsed = commandLine.parseArgs(command);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return new LaunchMode(false, 0);
            }
            if (!parsed.hasSubcommand()) {
                commandLine.usage(out, CommandLine.Help.Ansi.OFF);
                return new LaunchMode(false, 0);
            }
            CommandLine.ParseResult leaf = parsed.subcommand();
            while (leaf.hasSubcommand()) {
                leaf = leaf.subcommand();
            }
            if (!leaf.commandSpec().subcommands().isEmpty()) {
                // A group such as "user" needs one of its commands.
                err.println("错误：请写出 " + leaf.commandSpec().qualifiedName() + " 之后的命令");
                leaf.commandSpec().commandLine().usage(err, CommandLine.Help.Ansi.OFF);
                return new LaunchMode(false, ExitCodes.USAGE);
            }
            return new LaunchMode(false, null, parsed.subcommand().commandSpec().name());
        }
        catch (CommandLine.ParameterException e) {
            err.println("错误：" + ChineseUsage.message(e.getMessage()));
            e.getCommandLine().usage(err, CommandLine.Help.Ansi.OFF);
            return new LaunchMode(false, ExitCodes.USAGE);
        }
    }

    /**
     * The arguments picocli reads: all but Spring settings ({@code --reporting.now=...},
     * {@code --spring.x=...}).
     */
    static String[] commandArgs(String... args) {
        return Arrays.stream(args).filter(arg -> !isSetting(arg)).toArray(String[]::new);
    }

    static boolean isSetting(String arg) {
        // A map key in brackets may be any text:
        // --reporting.inspections.yearly-caps[煤矿]=12.
        return arg.matches("--[A-Za-z][\\w-]*(\\.[\\w-]+|\\[[^\\]=]+\\])+=.*");
    }

    public boolean isScheduler() {
        return scheduler;
    }

    public boolean finishedBeforeStart() {
        return exitCode != null;
    }

    public int exitCode() {
        return exitCode == null ? 0 : exitCode;
    }

    /**
     * A command never starts the scheduler nor a web server. The demo runs on its own day
     * unless {@code reporting.now} is given, and keeps its log in a file so that its
     * output stays short.
     */
    public Map<String, Object> defaultProperties() {
        if (scheduler) {
            return Map.of();
        }
        Map<String, Object> properties = new HashMap<>(Map.of("spring.quartz.auto-startup", "false",
                "spring.main.web-application-type", "none", "spring.main.log-startup-info", "false"));
        if ("demo".equals(command)) {
            properties.put("reporting.now", DemoLoader.now().toString());
            properties.put("logging.file.name", "${reporting.data-dir:./data}/demo.log");
            properties.put("logging.threshold.console", "ERROR");
            // The demo's June has an inspection list: its quiet days and its check
            // against the counts.
            properties.put("reporting.inspections.quiet-days", "1-5");
            properties.put("reporting.inspections.reconcile-from", "2025-06");
        }
        return properties;
    }

    /**
     * Makes command objects for parsing only: their collaborators are not needed to read
     * the command line, so they are given nothing. The real run creates them through
     * Spring.
     */
    private static final class ParseOnlyFactory implements CommandLine.IFactory {

        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (!type.getPackageName().startsWith("cn.liulin.enforcement")) {
                return fallback.create(type);
            }
            @SuppressWarnings("unchecked")
            Constructor<K> constructor = (Constructor<K>) Arrays.stream(type.getDeclaredConstructors())
                .max(Comparator.comparingInt(Constructor::getParameterCount))
                .orElseThrow();
            constructor.setAccessible(true);
            Object[] nothing = Arrays.stream(constructor.getParameterTypes()).map(ParseOnlyFactory::empty).toArray();
            return constructor.newInstance(nothing);
        }

        private static Object empty(Class<?> type) {
            if (type == boolean.class) {
                return false;
            }
            if (type == long.class) {
                return 0L;
            }
            return type.isPrimitive() ? 0 : null;
        }

    }

}
