package cn.liulin.enforcement.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each shared folder's {@code manifest.json}: its files with SHA-256, size, job execution
 * and time.
 */
final class Manifests {

    static final String FILE_NAME = "manifest.json";

    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * @param changes what changed since the previous version of a report; absent for a
     * first version
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(String file, String sha256, long size, long jobExecutionId, String writtenAt, List<String> changes) {
    }

    record Manifest(List<Entry> files) {
    }

    /**
     * Records the files of one publication with one read and one write; called under the
     * folder's lock.
     */
    void add(Path dir, Path incoming, List<Entry> entries) throws IOException {
        List<Entry> files = new ArrayList<>(read(dir).files());
        for (Entry entry : entries) {
            files.removeIf(existing -> existing.file().equals(entry.file()));
            files.add(entry);
        }
        write(dir, incoming, new Manifest(files));
    }

    /** Called under the folder's lock. */
    void rename(Path dir, Path incoming, String from, String to) throws IOException {
        List<Entry> files = new ArrayList<>();
        for (Entry entry : read(dir).files()) {
            files.add(entry.file().equals(from) ? new Entry(to, entry.sha256(), entry.size(), entry.jobExecutionId(),
                    entry.writtenAt(), entry.changes()) : entry);
        }
        write(dir, incoming, new Manifest(files));
    }

    Manifest read(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return new Manifest(List.of());
        }
        return json.readValue(file.toFile(), Manifest.class);
    }

    /**
     * Written beside the other temporary files, then moved over the old manifest in one
     * step.
     */
    private void write(Path dir, Path incoming, Manifest manifest) throws IOException {
        Path temp = incoming.resolve("manifest-" + java.util.UUID.randomUUID() + ".json");
        json.writeValue(temp.toFile(), manifest);
        Files.move(temp, dir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

}
