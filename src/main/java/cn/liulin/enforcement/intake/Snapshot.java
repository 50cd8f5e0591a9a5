package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A private copy of an inbox file, taken before anything else looks at it: the copy is
 * what is hashed, parsed and archived, so the receipt, the rows and the archive describe
 * the same bytes even if someone goes on writing to the inbox file. Copies live beside
 * the archive ({@code <archive>/.reading/}), on its disk, so archiving one is a rename.
 *
 * @param changedWhileCopied the inbox file changed while it was copied: it is still being
 * written
 */
record Snapshot(Path copy, String sha256, long size, boolean changedWhileCopied) {

    static Snapshot take(InboxFile file, Path staging, long jobExecutionId) throws IOException {
        Files.createDirectories(staging);
        Path copy = staging.resolve(jobExecutionId + "-" + UUID.randomUUID());
        MessageDigest digest = newDigest();
        long size = 0;
        try (InputStream in = open(file.path());
                OutputStream out = new DigestOutputStream(Files.newOutputStream(copy, StandardOpenOption.CREATE_NEW),
                        digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = read(in, buffer); n > 0; n = read(in, buffer)) {
                out.write(buffer, 0, n);
                size += n;
            }
        }
        catch (IOException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        boolean changed;
        try {
            changed = size != file.seen().size() || !InboxObservation.of(file.path()).sameAs(file.seen());
        }
        catch (IOException e) {
            changed = true; // gone or replaced while it was copied
        }
        return new Snapshot(copy, HexFormat.of().formatHex(digest.digest()), size, changed);
    }

    /**
     * The inbox file could not be read (gone, or not readable): a problem of that file,
     * not of the job.
     */
    static final class UnreadableSource extends IOException {

        UnreadableSource(IOException cause) {
            super(cause.getMessage(), cause);
        }

    }

    private static InputStream open(Path file) throws UnreadableSource {
        try {
            return Files.newInputStream(file);
        }
        catch (IOException e) {
            throw new UnreadableSource(e);
        }
    }

    private static int read(InputStream in, byte[] buffer) throws UnreadableSource {
        try {
            return in.read(buffer);
        }
        catch (IOException e) {
            throw new UnreadableSource(e);
        }
    }

    void discard() {
        try {
            Files.deleteIfExists(copy);
        }
        catch (IOException e) {
            // left for the archive step's sweep of old copies
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
