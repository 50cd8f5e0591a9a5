package cn.liulin.enforcement.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.liulin.enforcement.EnforcementReportingApplication;

/**
 * Runs the application's command line in this JVM, as a clerk would type it, against a
 * test workspace: its own database, inbox, archive and shared folder. Captures what it
 * prints and its exit code.
 */
public final class CommandLineRun {

    private final List<String> settings = new ArrayList<>();

    public CommandLineRun(Path workspace, String databaseUrl, String... moreSettings) {
        settings.addAll(Workspace.settings(workspace, databaseUrl, moreSettings));
    }

    public record Result(int exitCode, String out, String err) {
    }

    /**
     * Runs one command; {@code now} is the clock's local time in Asia/Shanghai, or null
     * for the system clock.
     */
    public Result run(String now, String... command) {
        List<String> args = new ArrayList<>(settings);
        if (now != null) {
            args.add("--reporting.now=" + now);
        }
        args.addAll(List.of(command));
        return runRaw(args.toArray(String[]::new));
    }

    /** Runs one command with {@code input} as its standard input (a password, say). */
    public Result runWithInput(String input, String now, String... command) {
        java.io.InputStream originalIn = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return run(now, command);
        }
        finally {
            System.setIn(originalIn);
        }
    }

    /**
     * Runs the application with these arguments and the application's own logging
     * configuration.
     */
    public static synchronized Result runRaw(String... arguments) {
        List<String> args = new ArrayList<>(List.of(arguments));
        args.add(0, "--logging.config=classpath:logback-spring.xml");
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = EnforcementReportingApplication.run(args.toArray(String[]::new));
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
        finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

}
