package cn.liulin.enforcement;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.TimeZone;

import cn.liulin.enforcement.cli.ExitCodes;
import cn.liulin.enforcement.cli.LaunchMode;
import cn.liulin.enforcement.core.BureauZone;
import cn.liulin.enforcement.sections.SectionsFileException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The monthly reporting job of the bureau. With no command it runs the scheduler until
 * stopped; with a command (see {@code --help}) it does that one thing and exits with 0, 1
 * (a job failed) or 2 (bad usage).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnforcementReportingApplication {

    public static void main(String[] args) {
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        if (!"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"))) {
            System.err.println("错误：系统区域设置不是 UTF-8，无法处理中文文件名。请先设置 LANG=C.UTF-8（例如 export LANG=C.UTF-8）再运行。");
            System.exit(ExitCodes.USAGE);
        }
        LaunchMode mode = LaunchMode.of(args);
        if (mode.isScheduler()) {
            // Quartz's threads keep the JVM running; SIGTERM closes the context through
            // Boot's shutdown hook.
            start(mode, args);
            return;
        }
        System.exit(run(mode, args));
    }

    /**
     * Runs one command and returns its exit code, without exiting the JVM (tests call
     * this).
     */
    public static int run(String... args) {
        return run(LaunchMode.of(args), args);
    }

    /**
     * The command line is read once, into {@code mode}: help and usage errors are printed
     * once.
     */
    private static int run(LaunchMode mode, String... args) {
        if (mode.finishedBeforeStart()) {
            return mode.exitCode();
        }
        try {
            ConfigurableApplicationContext context = start(mode, args);
            // Quartz threads are not daemons: leave through SpringApplication.exit so
            // they stop.
            return SpringApplication.exit(context);
        }
        catch (RuntimeException e) {
            Throwable cause = rootCause(e);
            if (cause instanceof SectionsFileException) {
                System.err.println("错误：" + cause.getMessage());
                return ExitCodes.USAGE;
            }
            System.err.println("失败：" + cause.getMessage());
            return ExitCodes.JOB_FAILED;
        }
    }

    private static ConfigurableApplicationContext start(LaunchMode mode, String... args) {
        TimeZone.setDefault(TimeZone.getTimeZone(BureauZone.ZONE));
        SpringApplication application = new SpringApplication(EnforcementReportingApplication.class);
        application.setDefaultProperties(mode.defaultProperties());
        return application.run(args);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

}
