package cn.liulin.enforcement.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * What the shared folder holds, as its manifests list it: the folders, and in each the
 * files delivered with their SHA-256, job and change notes. A file is found by the names
 * its manifest gives it, among the folders listed here: nothing a person types is ever
 * joined onto a path.
 */
@Component
public class DeliveredFiles {

    /** One delivered file as its folder's manifest lists it. */
    public record DeliveredFile(String folder, String file, String sha256, long size, long jobExecutionId,
            String writtenAt, List<String> changes) {
    }

    private final SharedFolder shared;

    private final Manifests manifests = new Manifests();

    DeliveredFiles(SharedFolder shared) {
        this.shared = shared;
    }

    /**
     * The folders that have a manifest: months newest first (2025-06), then the others by
     * name.
     */
    public List<String> folders() {
        return listed().stream().map(dir -> dir.getFileName().toString()).toList();
    }

    /** A folder's files, newest first. */
    public List<DeliveredFile> in(String folder) {
        return listed().stream()
            .filter(dir -> dir.getFileName().toString().equals(folder))
            .findFirst()
            .map(this::entries)
            .orElse(List.of());
    }

    /** The file a manifest lists under these names, if it is still there. */
    public Optional<Path> find(String folder, String file) {
        for (Path dir : listed()) {
            if (!dir.getFileName().toString().equals(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                boolean listedInManifest = entries(dir).stream().anyMatch(entry -> entry.file().equals(file));
                return listedInManifest ? files.filter(path -> path.getFileName().toString().equals(file))
                    .filter(Files::isRegularFile)
                    .findFirst() : Optional.empty();
            }
            catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private List<DeliveredFile> entries(Path dir) {
        try {
            List<DeliveredFile> files = new ArrayList<>();
            for (Manifests.Entry entry : manifests.read(dir).files()) {
                files.add(new DeliveredFile(dir.getFileName().toString(), entry.file(), entry.sha256(), entry.size(),
                        entry.jobExecutionId(), entry.writtenAt(),
                        entry.changes() == null ? List.of() : entry.changes()));
            }
            files.sort(Comparator.comparing(DeliveredFile::writtenAt).thenComparing(DeliveredFile::file).reversed());
            return files;
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法读取 " + dir.resolve(Manifests.FILE_NAME), e);
        }
    }

    private List<Path> listed() {
        Path root = shared.root();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory)
                .filter(dir -> !dir.getFileName().toString().startsWith("."))
                .filter(dir -> Files.isRegularFile(dir.resolve(Manifests.FILE_NAME)))
                .sorted(Comparator.comparing(DeliveredFiles::isMonth)
                    .reversed()
                    .thenComparing(dir -> isMonth(dir) ? "" : dir.getFileName().toString())
                    .thenComparing(Comparator.comparing((Path dir) -> dir.getFileName().toString()).reversed()))
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法列出共享文件夹 " + root, e);
        }
    }

    private static boolean isMonth(Path dir) {
        return dir.getFileName().toString().matches("\\d{4}-\\d{2}");
    }

}
