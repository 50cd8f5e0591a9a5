package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.core.BureauZone;
import cn.liulin.enforcement.delivery.SharedFolder;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Launches {@code ingestJob}, the one way files get in: by the commands, the scheduler
 * and the demo.
 */
@Component
public class Ingest {

    private final JobOperator jobOperator;

    private final Job ingestJob;

    private final JdbcClient jdbc;

    private final SharedFolder shared;

    private final InboxSightings sightings;

    private final Path inbox;

    private final Kinds kinds;

    Ingest(JobOperator jobOperator, Job ingestJob, JdbcClient jdbc, SharedFolder shared, InboxSightings sightings,
            ReportingProperties properties, Kinds kinds) {
        this.kinds = kinds;
        this.jobOperator = jobOperator;
        this.ingestJob = ingestJob;
        this.jdbc = jdbc;
        this.shared = shared;
        this.sightings = sightings;
        this.inbox = properties.inboxDir();
    }

    /** Reads the inbox now; every file read counts as received at {@code now}. */
    public IngestRun run(Instant now) {
        // The bureau's local time, as the job history shows it; the zone has no summer
        // time, so nothing is lost.
        JobParameters parameters = new JobParametersBuilder()
            .addLocalDateTime(IngestJobConfiguration.RECEIVED_AT, LocalDateTime.ofInstant(now, BureauZone.ZONE), false)
            .addString("run", UUID.randomUUID().toString())
            .toJobParameters();
        try {
            JobExecution execution = jobOperator.start(ingestJob, parameters);
            String failure = execution.getAllFailureExceptions()
                .stream()
                .map(Throwable::getMessage)
                .findFirst()
                .orElse("");
            return new IngestRun(execution.getId(), execution.getStatus(), failure, results(execution.getId()),
                    InboxFileReader.list(inbox).stream().map(file -> file.getFileName().toString()).sorted().toList());
        }
        catch (Exception e) {
            throw new IllegalStateException("无法启动 ingestJob：" + e.getMessage(), e);
        }
    }

    /**
     * Whether any file waits in the inbox, so that the scheduler runs the job only when
     * there is work.
     */
    public boolean hasWaitingFiles() {
        if (!Files.isDirectory(inbox)) {
            return false;
        }
        return !InboxFileReader.list(inbox).isEmpty();
    }

    /**
     * Copies files into the inbox, each whole: under a hidden temporary name first, then
     * renamed, and recorded as whole and received at {@code receivedAt}, so that the next
     * run reads them without waiting for them to settle.
     */
    public void putInInbox(List<Path> files, Instant receivedAt) {
        for (Path file : files) {
            try (InputStream content = Files.newInputStream(file)) {
                putInInbox(file.getFileName().toString(), content, receivedAt, null);
            }
            catch (IOException e) {
                throw new UncheckedIOException("无法读取 " + file + "：" + e.getMessage(), e);
            }
        }
    }

    /**
     * Puts one file's bytes in the inbox whole under {@code fileName} (a bare name, no
     * folder), sent by {@code submitter} through the console (null: not through it).
     */
    public void putInInbox(String fileName, InputStream content, Instant receivedAt, Submitter submitter) {
        if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("文件名不合适：" + fileName);
        }
        try {
            Files.createDirectories(inbox);
            Path placed = inbox.resolve(fileName);
            if (!placed.getParent().equals(inbox) || Files.exists(placed)) {
                throw new IllegalArgumentException("收件箱中已有同名文件 " + fileName + " 等待读取，请稍后再报送");
            }
            Path temp = inbox.resolve("." + fileName + "." + UUID.randomUUID() + ".part");
            try {
                Files.copy(content, temp);
                Files.move(temp, placed, StandardCopyOption.ATOMIC_MOVE);
            }
            finally {
                Files.deleteIfExists(temp);
            }
            sightings.putWhole(InboxObservation.of(placed), receivedAt, Instant.now(), submitter);
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法放入收件箱 " + inbox + "：" + e.getMessage(), e);
        }
    }

    private List<IngestRun.FileResult> results(long jobExecutionId) {
        return jdbc.sql("""
                select file_name, status, kind, row_count, error_count, archived_as from inbox_file
                where job_execution_id = :job order by id
                """).param("job", jobExecutionId).query((rs, n) -> {
            String kind = rs.getString("kind");
            return new IngestRun.FileResult(rs.getString("file_name"), ReceiptStatus.valueOf(rs.getString("status")),
                    kind == null ? "无法识别" : kinds.kind(kind).chinese(), rs.getInt("row_count"),
                    rs.getInt("error_count"),
                    rs.getString("archived_as") == null ? null
                            : shared.folder(Receipts.FOLDER)
                                .resolve(Receipts.textName(rs.getString("file_name")))
                                .toString());
        }).list();
    }

}
