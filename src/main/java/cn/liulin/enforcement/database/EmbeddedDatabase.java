package cn.liulin.enforcement.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL in {@code <data-dir>/pg}: started by this process, or, when another process of
 * the job already runs it (the scheduler service while a clerk types a command, or one left running after
 * a crash), used as it is. Only the process that started it stops it.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres started;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres started, int port) {
        this.started = started;
        this.port = port;
    }

    static EmbeddedDatabase in(Path dir) throws IOException {
        Files.createDirectories(dir);
        Optional<Integer> running = runningPort(dir);
        if (running.isPresent()) {
            log.info("内嵌 PostgreSQL（{}）已在运行，端口 {}：直接使用", dir, running.get());
            return new EmbeddedDatabase(null, running.get());
        }
        log.info("未配置数据库：启动内嵌 PostgreSQL，数据目录 {}", dir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
        return new EmbeddedDatabase(postgres, postgres.getPort());
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    /** The port of the postmaster that {@code postmaster.pid} names, if that process is alive. */
    private static Optional<Integer> runningPort(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
    }

    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        }
    }
}
