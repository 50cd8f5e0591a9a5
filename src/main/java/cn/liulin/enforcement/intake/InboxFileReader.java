package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The files waiting in the inbox, oldest first (so a correction is read after the file it corrects).
 * Hidden files, Office lock files ({@code ~$...}) and partial copies ({@code .tmp}, {@code .part}) are
 * left alone; sub-folders are not read. Keeps no state: a restarted run lists the inbox again, and what
 * was already read has left it. Each file handed out, and the next {@link ParseAhead#AHEAD}, are given to
 * {@link ParseAhead}.
 */
class InboxFileReader implements ItemStreamReader<Path> {

    private static final Logger log = LoggerFactory.getLogger(InboxFileReader.class);

    private final Path inbox;
    private final ParseAhead parseAhead;
    private final Deque<Path> files = new ArrayDeque<>();
    private int total;
    private int read;

    InboxFileReader(Path inbox, ParseAhead parseAhead) {
        this.inbox = inbox;
        this.parseAhead = parseAhead;
    }

    @Override
    public void open(ExecutionContext context) {
        files.clear();
        try {
            Files.createDirectories(inbox);
            try (Stream<Path> listing = Files.list(inbox)) {
                listing.filter(Files::isRegularFile).filter(InboxFileReader::isCandidate)
                        .sorted(Comparator.comparing(InboxFileReader::modified).thenComparing(Path::getFileName))
                        .forEach(files::add);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法读取收件箱 " + inbox, e);
        }
        total = files.size();
        read = 0;
        log.info("收件箱 {}：{} 个待读文件", inbox.toAbsolutePath(), total);
    }

    @Override
    public Path read() {
        Path next = files.poll();
        if (next != null) {
            read++;
            log.info("[{}/{}] 读取 {}", read, total, next.getFileName());
            parseAhead.start(next);
            files.stream().limit(ParseAhead.AHEAD).forEach(parseAhead::start);
        }
        return next;
    }

    static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("~$")
                && !lower.endsWith(".tmp") && !lower.endsWith(".part") && !lower.endsWith(".crdownload");
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        }
        catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
