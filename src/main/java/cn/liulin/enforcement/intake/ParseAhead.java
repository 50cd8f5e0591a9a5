package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Copies, reads and checks inbox files on threads of their own, so the next files are
 * parsed while the current one is stored: parsing is Java's work and the COPY is
 * PostgreSQL's, and on two cores they overlap (README, Performance). The reader starts
 * the file it hands out and the next {@link #AHEAD}, so at most {@code AHEAD + 1} parsed
 * files are in the heap; a file over {@link #AHEAD_MAX_BYTES} is never read ahead, so a
 * large one is parsed beside at most one other. Parsing writes nothing but the file's
 * private copy ({@link Snapshot}), which is removed unless the file is recorded.
 */
class ParseAhead implements AutoCloseable {

    /**
     * Files parsed at once, and read ahead: one a core, at most two (each parsed file
     * sits in the heap).
     */
    static final int AHEAD = Math.min(2, Runtime.getRuntime().availableProcessors());
    static final long AHEAD_MAX_BYTES = 8L << 20;

    /**
     * One inbox file as read: its copy and the rules' verdict, or why it was not read
     * this time.
     *
     * @param snapshot null when the inbox file could not be read (gone, or unreadable)
     * @param parsed null when the file changed while it was copied (or could not be read)
     */
    record ReadFile(Snapshot snapshot, ParsedFile<?> parsed, String notRead) {
    }

    private final FileParser parser;

    private final Path staging;

    private final long jobExecutionId;

    private final ExecutorService threads = Executors.newFixedThreadPool(AHEAD, task -> {
        Thread parsing = new Thread(task, "parse-ahead");
        parsing.setDaemon(true);
        return parsing;
    });

    private final Map<Path, Future<ReadFile>> started = new HashMap<>();

    ParseAhead(FileParser parser, Path staging, long jobExecutionId) {
        this.parser = parser;
        this.staging = staging;
        this.jobExecutionId = jobExecutionId;
    }

    /**
     * Queues a file that waits behind the current one, unless it is large or queued
     * already.
     */
    synchronized void readAhead(InboxFile file) {
        if (file.seen().size() <= AHEAD_MAX_BYTES) {
            start(file);
        }
    }

    private synchronized void start(InboxFile file) {
        started.computeIfAbsent(file.path(), f -> threads.submit(() -> read(file)));
    }

    private ReadFile read(InboxFile file) throws IOException {
        Snapshot snapshot;
        try {
            snapshot = Snapshot.take(file, staging, jobExecutionId);
        }
        catch (Snapshot.UnreadableSource e) {
            return new ReadFile(null, null, e.getCause() instanceof java.nio.file.NoSuchFileException ? "已被另一次运行读取"
                    : "无法读取（" + e.getCause().getClass().getSimpleName() + "），留在收件箱，下次运行时再试");
        }
        if (snapshot.changedWhileCopied()) {
            return new ReadFile(snapshot, null, "复制时仍在被写入，留待下次运行");
        }
        return new ReadFile(snapshot, parser.parse(snapshot.copy(), file.name(), file.receivedAt(), file.submitter()),
                null);
    }

    /**
     * The file's reading, waiting for it if it is still running (and starting it if
     * nobody did).
     */
    ReadFile take(InboxFile file) {
        Future<ReadFile> reading;
        synchronized (this) {
            start(file);
            reading = started.remove(file.path());
        }
        try {
            return reading.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("读取 " + file.name() + " 时被中断", e);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                // Writing the private copy failed: the archive's disk, a resource of the
                // job's own.
                throw new UncheckedIOException("无法在存档文件夹中保存 " + file.name() + " 的副本：" + io.getMessage(), io);
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("读取 " + file.name() + " 失败", e.getCause());
        }
    }

    /**
     * Readings never taken (a stop, a failure): their copies are removed once their
     * threads are done.
     */
    @Override
    public void close() {
        List<Future<ReadFile>> left;
        synchronized (this) {
            left = new ArrayList<>(started.values());
            started.clear();
        }
        threads.shutdown();
        for (Future<ReadFile> reading : left) {
            try {
                ReadFile read = reading.get();
                if (read.snapshot() != null) {
                    read.snapshot().discard();
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            catch (ExecutionException | CancellationException e) {
                // nothing was kept
            }
        }
        threads.shutdownNow();
    }

}
