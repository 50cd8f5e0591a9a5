package cn.liulin.enforcement.intake;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads and checks inbox files on threads of their own, so the next files are parsed while the current one is
 * stored: parsing is Java's work and the COPY is PostgreSQL's, and on two cores they overlap (README,
 * Performance). The reader starts the file it hands out and the next {@link #AHEAD}, so at most
 * {@code AHEAD + 1} parsed files are in the heap. Parsing writes nothing: a file read ahead and
 * never used (a stop, a duplicate) costs only the time.
 */
class ParseAhead implements AutoCloseable {

    private final FileParser parser;
    private final Instant receivedAt;
    /** Files parsed at once, and read ahead: one a core, at most two (each parsed file sits in the heap). */
    static final int AHEAD = Math.min(2, Runtime.getRuntime().availableProcessors());

    private final ExecutorService threads = Executors.newFixedThreadPool(AHEAD, task -> {
        Thread parsing = new Thread(task, "parse-ahead");
        parsing.setDaemon(true);
        return parsing;
    });
    private final Map<Path, Future<ParsedFile<?>>> started = new HashMap<>();

    ParseAhead(FileParser parser, Instant receivedAt) {
        this.parser = parser;
        this.receivedAt = receivedAt;
    }

    /** Queues the file unless it is queued already; files are parsed in the order they are started. */
    synchronized void start(Path file) {
        started.computeIfAbsent(file, f -> threads.submit(() -> parser.parse(f, receivedAt)));
    }

    /** The file's parse, waiting for it if it is still running (and starting it if nobody did). */
    ParsedFile<?> take(Path file) {
        Future<ParsedFile<?>> parsed;
        synchronized (this) {
            start(file);
            parsed = started.remove(file);
        }
        try {
            return parsed.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("读取 " + file.getFileName() + " 时被中断", e);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("读取 " + file.getFileName() + " 失败", e.getCause());
        }
    }

    /** The file will not be needed (a duplicate, or read by another run): its parse is dropped. */
    synchronized void discard(Path file) {
        Future<ParsedFile<?>> parsed = started.remove(file);
        if (parsed != null) {
            parsed.cancel(true);
        }
    }

    @Override
    public synchronized void close() {
        threads.shutdownNow();
        started.clear();
    }
}
