package cn.liulin.enforcement.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.liulin.enforcement.EnforcementReportingApplication;

/**
 * The application in a JVM of its own, as an operator runs it: a scheduler node or a
 * command, which a test can stop with SIGTERM or kill with SIGKILL. Its output goes to a
 * log file the test can watch.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;

    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static ChildJvm start(Path log, List<String> args) throws IOException {
        return start(log, "384m", args);
    }

    /**
     * @param heap the JVM's -Xmx, as an operator sets it for the service
     */
    public static ChildJvm start(Path log, String heap, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                        "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                        EnforcementReportingApplication.class.getName(),
                        "--logging.config=classpath:logback-spring.xml", "--server.port=0"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LANG", "C.UTF-8");
        return new ChildJvm(builder.start(), log);
    }

    public String output() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /**
     * Waits until the log contains the text; fails with the log when it does not in time.
     */
    public void awaitLog(String text, Duration timeout) throws Exception {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (output().contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("日志中未出现“" + text + "”（进程" + (process.isAlive() ? "仍在运行" : "已退出") + "）：\n" + output());
    }

    /** SIGTERM, as systemd stops a service; returns the exit code. */
    public int terminate(Duration timeout) throws Exception {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("进程在 " + timeout + " 内未退出：\n" + output());
        }
        return process.exitValue();
    }

    /** SIGKILL: the process dies at once, as in a power cut. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public int awaitExit(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("进程在 " + timeout + " 内未退出：\n" + output());
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

}
