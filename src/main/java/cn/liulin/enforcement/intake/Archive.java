package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * Where inbox files go once read:
 * {@code archive/<accepted|rejected|duplicate>/<date>/<time>_<name>}. Nothing is ever
 * deleted; the received time in the name keeps two files of one name apart. The private
 * copies of files being read wait in {@code archive/.reading/} ({@link Snapshot}), on the
 * same disk.
 */
final class Archive {

    static final String STAGING = ".reading";

    /**
     * A copy this old that no record names was left by a run that died while reading:
     * never another's.
     */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    private final Path root;

    private final ZoneId zone;

    Archive(Path root, ZoneId zone) {
        this.root = root.toAbsolutePath().normalize();
        this.zone = zone;
    }

    /** Where a file received at that time with that outcome is kept. */
    Path placeFor(String fileName, ReceiptStatus status, Instant receivedAt, long fileId) {
        var local = receivedAt.atZone(zone);
        return root.resolve(status.name().toLowerCase(Locale.ROOT))
            .resolve(DAY.format(local))
            .resolve(TIME.format(local) + "_" + fileId + "_" + fileName);
    }

    /** Moves the inbox file to its place; returns the place. */
    Path store(Path inboxFile, Path place) throws IOException {
        Files.createDirectories(place.getParent());
        try {
            Files.move(inboxFile, place, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (AtomicMoveNotSupportedException e) {
            Files.copy(inboxFile, place, StandardCopyOption.COPY_ATTRIBUTES);
            Files.delete(inboxFile);
        }
        return place;
    }

    /** Where the private copies of files being read are kept. */
    Path staging() {
        return root.resolve(STAGING);
    }

    /**
     * Moves the private copy a record names into its place.
     * @return false when there is no such copy (already moved by an earlier attempt, or
     * never made)
     */
    boolean storeCopy(String stagedAs, Path place) throws IOException {
        if (stagedAs == null || !Files.exists(staging().resolve(stagedAs))) {
            return false;
        }
        store(staging().resolve(stagedAs), place);
        return true;
    }

    /**
     * Removes copies left by runs that died while reading; {@code inUse} are those still
     * to be archived.
     */
    void sweepStaging(Set<String> inUse) {
        if (!Files.isDirectory(staging())) {
            return;
        }
        Instant before = Instant.now().minus(ABANDONED);
        try (var copies = Files.list(staging())) {
            for (Path copy : copies.toList()) {
                if (!inUse.contains(copy.getFileName().toString())
                        && Files.getLastModifiedTime(copy).toInstant().isBefore(before)) {
                    Files.deleteIfExists(copy);
                }
            }
        }
        catch (IOException e) {
            // tried again after the next run
        }
    }

    Path root() {
        return root;
    }

}
