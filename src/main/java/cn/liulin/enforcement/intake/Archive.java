package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Where inbox files go once read: {@code archive/<accepted|rejected|duplicate>/<date>/<time>_<name>}.
 * Nothing is ever deleted; the received time in the name keeps two files of one name apart.
 */
final class Archive {

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
        return root.resolve(status.name().toLowerCase(Locale.ROOT)).resolve(DAY.format(local))
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

    Path root() {
        return root;
    }
}
