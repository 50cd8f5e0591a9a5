package cn.liulin.enforcement.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.liulin.enforcement.core.FileHashes;
import cn.liulin.enforcement.jobs.AbandonedWork;
import org.slf4j.LoggerFactory;

/**
 * The shared folder people receive the job's files in. A file appears there whole or not
 * at all: it is written under {@code .incoming/} on the same disk, forced to disk, then
 * moved into place in one step; each folder's {@code manifest.json} then lists it with
 * its SHA-256.
 */
public class SharedFolder implements AbandonedWork {

    static final String INCOMING = ".incoming";

    private final Path root;

    private final Clock clock;

    private final Manifests manifests;

    private final Duration holdBeforeMove;

    private final FolderLocks locks;

    public SharedFolder(Path root, Clock clock) {
        this(root, clock, Duration.ZERO);
    }

    /**
     * @param holdBeforeMove a pause between writing and moving files into place; zero
     * except in the crash tests, which kill the process during it
     * ({@code reporting.testing.hold-before-publish})
     */
    public SharedFolder(Path root, Clock clock, Duration holdBeforeMove) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
        this.manifests = new Manifests();
        this.holdBeforeMove = holdBeforeMove;
        this.locks = new FolderLocks(this.root.resolve(INCOMING).resolve("locks"), this.root);
    }

    /** Writes the content that {@code writer} produces. */
    @FunctionalInterface
    public interface ContentWriter {

        void writeTo(OutputStream out) throws IOException;

    }

    public Path root() {
        return root;
    }

    public Path folder(String name) {
        return root.resolve(name);
    }

    /** A file to publish: its name and what writes its content. */
    public record Pending(String fileName, ContentWriter writer) {
    }

    /** Publishes a file under {@code folder/fileName}; the target must not exist yet. */
    public Path publish(String folder, String fileName, long jobExecutionId, ContentWriter writer) {
        return publish(folder, jobExecutionId, List.of(), List.of(new Pending(fileName, writer))).get(0);
    }

    /**
     * Publishes files that belong together (a report's PDF and XLSX): all are written and
     * forced to disk first, then moved into place, so a failure while writing any of them
     * leaves none in the folder.
     * @param changes what changed since the previous version, recorded with each file in
     * the manifest
     */
    public List<Path> publish(String folder, long jobExecutionId, List<String> changes, List<Pending> files) {
        Path dir = folder(folder);
        List<Path> temps = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            Path incoming = Files.createDirectories(root.resolve(INCOMING));
            try {
                for (Pending file : files) {
                    Path temp = incoming.resolve(jobExecutionId + "-" + UUID.randomUUID() + ".part");
                    temps.add(temp);
                    try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                        file.writer().writeTo(out);
                    }
                    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                        channel.force(true);
                    }
                }
                hold();
                List<Path> targets = new ArrayList<>();
                try (FolderLocks.Held lock = locks.lock(dir)) {
                    for (Pending file : files) {
                        if (Files.exists(dir.resolve(file.fileName()))) {
                            throw new IllegalStateException("不覆盖已交付的文件：" + dir.resolve(file.fileName()));
                        }
                    }
                    List<Manifests.Entry> entries = new ArrayList<>();
                    for (int i = 0; i < files.size(); i++) {
                        Path target = dir.resolve(files.get(i).fileName());
                        entries.add(new Manifests.Entry(files.get(i).fileName(), FileHashes.sha256(temps.get(i)),
                                Files.size(temps.get(i)), jobExecutionId, OffsetDateTime.now(clock).toString(),
                                changes.isEmpty() ? null : List.copyOf(changes)));
                        move(temps.get(i), target);
                        targets.add(target);
                    }
                    manifests.add(dir, root.resolve(INCOMING), entries);
                }
                return targets;
            }
            finally {
                for (Path temp : temps) {
                    Files.deleteIfExists(temp);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法写入共享文件夹 " + dir, e);
        }
    }

    /**
     * Removes what a dead job execution had begun to write: its files never reached the
     * folder.
     */
    @Override
    public int discard(long jobExecutionId) {
        Path incoming = root.resolve(INCOMING);
        if (!Files.isDirectory(incoming)) {
            return 0;
        }
        int removed = 0;
        try (var parts = Files.newDirectoryStream(incoming, jobExecutionId + "-*")) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
                removed++;
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法清理 " + incoming, e);
        }
        return removed;
    }

    private void hold() {
        if (holdBeforeMove.isZero()) {
            return;
        }
        LoggerFactory.getLogger(SharedFolder.class).warn("测试用暂停：{} 后才把文件移入共享文件夹", holdBeforeMove);
        try {
            Thread.sleep(holdBeforeMove.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a file of that name is in the folder. */
    public boolean exists(String folder, String fileName) {
        return Files.exists(folder(folder).resolve(fileName));
    }

    /**
     * Moves an earlier file aside under a new name (recorded in the manifest), so that
     * its name can be reused.
     */
    public void moveAside(String folder, String fileName, String asideName) {
        Path dir = folder(folder);
        try (FolderLocks.Held lock = locks.lock(dir)) {
            Path source = dir.resolve(fileName);
            if (Files.exists(source)) {
                move(source, dir.resolve(asideName));
                manifests.rename(dir, root.resolve(INCOMING), fileName, asideName);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法在共享文件夹中改名 " + fileName, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

}
