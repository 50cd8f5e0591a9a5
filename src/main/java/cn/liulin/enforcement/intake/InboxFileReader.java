package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The settled files waiting in the inbox, oldest first (so a correction is read after the
 * file it corrects). Every file listed is recorded as seen ({@link InboxSightings}),
 * which fixes its received time. A file still changing is waited for up to the settle
 * time ({@link Settling}), while the settled ones are read, and is otherwise left for the
 * next run. Hidden files, Office lock files ({@code ~$...}) and partial copies
 * ({@code .tmp}, {@code .part}) are left alone; sub-folders are not read. Keeps no state:
 * a restarted run lists the inbox again, and what was already read has left it.
 */
class InboxFileReader implements ItemStreamReader<InboxFile> {

    private static final Logger log = LoggerFactory.getLogger(InboxFileReader.class);

    private static final Duration SHORTEST_WAIT = Duration.ofMillis(200);

    private final Path inbox;

    private final ParseAhead parseAhead;

    private final InboxSightings sightings;

    private final Settling settling;

    private final Instant now;

    private final Clock machine;

    private final Deque<InboxFile> files = new ArrayDeque<>();

    private final List<Waiting> waiting = new ArrayList<>();

    private Instant waitUntil;

    private int read;

    /**
     * A file still changing: how it looked last, and since when (machine clock) it has
     * looked so.
     */
    private record Waiting(Path path, InboxObservation seen, Instant unchangedSince, Instant receivedAt) {
    }

    InboxFileReader(Path inbox, ParseAhead parseAhead, InboxSightings sightings, Settling settling, Instant now,
            Clock machine) {
        this.inbox = inbox;
        this.parseAhead = parseAhead;
        this.sightings = sightings;
        this.settling = settling;
        this.now = now;
        this.machine = machine;
    }

    @Override
    public void open(ExecutionContext context) {
        files.clear();
        waiting.clear();
        read = 0;
        List<Path> listed = list(inbox);
        List<InboxObservation> seen = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (Path file : listed) {
            try {
                seen.add(InboxObservation.of(file));
                paths.add(file);
            }
            catch (IOException e) {
                // gone since it was listed (another node read it)
            }
        }
        Instant machineNow = machine.instant();
        Map<String, InboxSightings.Sighting> known = sightings.observe(seen, now, machineNow);
        List<InboxFile> settled = new ArrayList<>();
        for (int i = 0; i < seen.size(); i++) {
            InboxObservation file = seen.get(i);
            InboxSightings.Sighting sighting = known.get(file.name());
            Instant receivedAt = sighting.firstSeenAt().isBefore(now) ? sighting.firstSeenAt() : now;
            if (settling.isSettled(file, sighting.unchangedSince(), sighting.whole(), machineNow)) {
                settled.add(new InboxFile(paths.get(i), file, receivedAt, sighting.submitter()));
            }
            else {
                waiting.add(new Waiting(paths.get(i), file, sighting.unchangedSince(), receivedAt));
            }
        }
        settled.stream().sorted(OLDEST_FIRST).forEach(files::add);
        waitUntil = machineNow.plus(settling.settle());
        log.info("收件箱 {}：{} 个待读文件{}", inbox.toAbsolutePath(), seen.size(), waiting.isEmpty() ? ""
                : "（其中 " + waiting.size() + " 个仍在变化，最多等待 " + settling.settle().toSeconds() + " 秒）");
    }

    private static final Comparator<InboxFile> OLDEST_FIRST = Comparator
        .comparing((InboxFile file) -> file.seen().changed())
        .thenComparing(InboxFile::name);

    @Override
    public InboxFile read() {
        while (files.isEmpty() && !waiting.isEmpty()) {
            awaitSettling();
        }
        InboxFile next = files.poll();
        if (next != null) {
            read++;
            log.info("[{}] 读取 {}", read, next.name());
            parseAhead.readAhead(next);
            files.stream().limit(ParseAhead.AHEAD).forEach(parseAhead::readAhead);
        }
        return next;
    }

    /**
     * Sleeps until the next waiting file could have settled, then looks at them all
     * again.
     */
    private void awaitSettling() {
        Instant machineNow = machine.instant();
        if (!machineNow.isBefore(waitUntil)) {
            for (Waiting file : waiting) {
                log.info("{}：仍在写入（{} 秒内大小或修改时间有变化），留待下次运行", file.seen().name(), settling.settle().toSeconds());
            }
            waiting.clear();
            return;
        }
        Instant next = waiting.stream()
            .map(file -> settling.settlesAt(file.seen(), file.unchangedSince()))
            .min(Comparator.naturalOrder())
            .orElse(waitUntil);
        Duration pause = Duration.between(machineNow, next.isBefore(waitUntil) ? next : waitUntil);
        sleep(pause.compareTo(SHORTEST_WAIT) < 0 ? SHORTEST_WAIT : pause);
        Instant looked = machine.instant();
        List<Waiting> still = new ArrayList<>();
        for (Waiting file : waiting) {
            InboxObservation seen;
            try {
                seen = InboxObservation.of(file.path());
            }
            catch (IOException e) {
                continue; // gone
            }
            Instant since = seen.sameAs(file.seen()) ? file.unchangedSince() : looked;
            if (settling.isSettled(seen, since, false, looked)) {
                files.add(new InboxFile(file.path(), seen, file.receivedAt()));
            }
            else {
                still.add(new Waiting(file.path(), seen, since, file.receivedAt()));
            }
        }
        waiting.clear();
        waiting.addAll(still);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("等待收件箱文件写完时被中断", e);
        }
    }

    /** The candidate files of the inbox, created if missing. */
    static List<Path> list(Path inbox) {
        try {
            Files.createDirectories(inbox);
            try (Stream<Path> listing = Files.list(inbox)) {
                return listing.filter(Files::isRegularFile).filter(InboxFileReader::isCandidate).toList();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法读取收件箱 " + inbox, e);
        }
    }

    static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("~$") && !lower.endsWith(".tmp") && !lower.endsWith(".part")
                && !lower.endsWith(".crdownload");
    }

}
