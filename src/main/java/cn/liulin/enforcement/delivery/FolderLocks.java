package cn.liulin.enforcement.delivery;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer at a time per shared folder, across threads and processes: a folder's
 * manifest is read, changed and replaced under its lock. The lock files live outside the
 * folders people look at.
 */
final class FolderLocks {

    private static final Map<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

    private final Path lockDir;

    private final Path root;

    FolderLocks(Path lockDir, Path root) {
        this.lockDir = lockDir;
        this.root = root;
    }

    /** A held lock; closing it releases it. */
    record Held(ReentrantLock local, FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                lock.release();
                channel.close();
            }
            finally {
                local.unlock();
            }
        }
    }

    Held lock(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.createDirectories(lockDir);
        ReentrantLock local = LOCAL.computeIfAbsent(dir, d -> new ReentrantLock());
        local.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockDir.resolve(root.relativize(dir).toString().replace('/', '_') + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new Held(local, channel, channel.lock());
        }
        catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

}
