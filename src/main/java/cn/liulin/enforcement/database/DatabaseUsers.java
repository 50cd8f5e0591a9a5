package cn.liulin.enforcement.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Who uses the embedded PostgreSQL of one data folder, across processes, by two lock
 * files beside it: every process of the job holds a shared lock on {@code pg.users.lock}
 * while it uses the server, and starting or stopping the server happens only under the
 * exclusive {@code pg.control.lock}. So the last process to leave, and only it, stops the
 * server, and a command that starts meanwhile waits until the server is either stopped or
 * known to stay. The operating system drops a dead process's locks. Contexts of one JVM
 * share its locks (a JVM cannot lock a file twice): counted here.
 */
final class DatabaseUsers {

    private static final Map<Path, Held> HELD = new HashMap<>();

    private record Held(FileChannel channel, FileLock lock, int count) {
    }

    private DatabaseUsers() {
    }

    /**
     * Runs {@code action} holding the control lock, so no other process starts or stops
     * the server meanwhile.
     */
    static <T> T underControl(Path dataDir, IoAction<T> action) throws IOException {
        synchronized (HELD) {
            try (FileChannel control = open(dataDir.resolveSibling("pg.control.lock"));
                    FileLock lock = control.lock()) {
                return action.run();
            }
        }
    }

    /** This process uses the server from now on (call under control). */
    static void join(Path dataDir) throws IOException {
        Path file = dataDir.resolveSibling("pg.users.lock");
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held == null) {
                FileChannel channel = open(file);
                HELD.put(file, new Held(channel, channel.lock(0, Long.MAX_VALUE, true), 1));
            }
            else {
                HELD.put(file, new Held(held.channel(), held.lock(), held.count() + 1));
            }
        }
    }

    /**
     * This process no longer uses the server (call under control).
     * @return whether no other process uses it either, so that it may be stopped
     */
    static boolean leave(Path dataDir) throws IOException {
        Path file = dataDir.resolveSibling("pg.users.lock");
        synchronized (HELD) {
            Held held = HELD.remove(file);
            if (held != null && held.count() > 1) {
                HELD.put(file, new Held(held.channel(), held.lock(), held.count() - 1));
                return false;
            }
            if (held != null) {
                held.lock().release();
            }
            try (FileChannel channel = held != null ? held.channel() : open(file)) {
                FileLock alone = channel.tryLock(0, Long.MAX_VALUE, false);
                if (alone == null) {
                    return false;
                }
                alone.release();
                return true;
            }
        }
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    @FunctionalInterface
    interface IoAction<T> {

        T run() throws IOException;

    }

}
