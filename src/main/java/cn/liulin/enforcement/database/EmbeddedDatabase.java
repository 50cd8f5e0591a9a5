package cn.liulin.enforcement.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL in {@code <data-dir>/pg}, shared by every process of the job on
 * this machine: the first to need it starts it, the others use it as it is (the scheduler
 * service while a clerk types a command, two commands at once, or a server left running
 * after a crash), and the last to leave stops it ({@link DatabaseUsers}). A server
 * started by one process outlives it while others use it: its output goes to
 * {@code <data-dir>/pg.log}, not to the starter.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Path dir;

    private final EmbeddedPostgres started;

    private final int port;

    private EmbeddedDatabase(Path dir, EmbeddedPostgres started, int port) {
        this.dir = dir;
        this.started = started;
        this.port = port;
    }

    static EmbeddedDatabase in(Path dir) throws IOException {
        Files.createDirectories(dir);
        return DatabaseUsers.underControl(dir, () -> {
            DatabaseUsers.join(dir);
            try {
                Optional<Integer> running = runningPort(dir);
                if (running.isPresent()) {
                    log.info("内嵌 PostgreSQL（{}）已在运行，端口 {}：直接使用", dir, running.get());
                    return new EmbeddedDatabase(dir, null, running.get());
                }
                log.info("未配置数据库：启动内嵌 PostgreSQL，数据目录 {}", dir);
                var output = java.lang.ProcessBuilder.Redirect.appendTo(dir.resolveSibling("pg.log").toFile());
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(output)
                    .setErrorRedirector(output)
                    .start();
                return new EmbeddedDatabase(dir, postgres, postgres.getPort());
            }
            catch (IOException | RuntimeException e) {
                DatabaseUsers.leave(dir);
                throw e;
            }
        });
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    /**
     * Stops the server if no other process of the job uses it; otherwise leaves it to the
     * last one.
     */
    @Override
    public void close() throws IOException {
        DatabaseUsers.underControl(dir, () -> {
            if (!DatabaseUsers.leave(dir)) {
                log.info("内嵌 PostgreSQL 仍有其他进程在用，保持运行");
                return null;
            }
            if (started != null) {
                started.close();
            }
            else {
                stopRunning();
            }
            return null;
        });
    }

    /**
     * Stops a server another process started (it has left): PostgreSQL's smart shutdown,
     * then waits for it.
     */
    private void stopRunning() throws IOException {
        Optional<ProcessHandle> postmaster = postmaster(dir);
        if (postmaster.isEmpty()) {
            return;
        }
        log.info("停止内嵌 PostgreSQL（启动它的进程已退出，本进程是最后一个使用者）");
        postmaster.get().destroy();
        Instant until = Instant.now().plus(STOP_WAIT);
        while (postmaster.get().isAlive() && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * The port of the postmaster that {@code postmaster.pid} names, if that process is
     * alive.
     */
    private static Optional<Integer> runningPort(Path dir) throws IOException {
        Optional<ProcessHandle> postmaster = postmaster(dir);
        if (postmaster.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(dir.resolve("postmaster.pid"));
        return lines.size() < 4 ? Optional.empty() : Optional.of(Integer.parseInt(lines.get(3).strip()));
    }

    private static Optional<ProcessHandle> postmaster(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
    }

}
