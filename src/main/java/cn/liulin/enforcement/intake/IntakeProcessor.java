package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.liulin.enforcement.delivery.SharedFolder;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Decides one inbox file: bytes seen before are a duplicate (not read again); anything else is read and
 * checked whole against its kind's rules. Writes nothing: the writer stores the outcome.
 */
class IntakeProcessor implements ItemProcessor<Path, IntakeOutcome> {

    private static final Logger log = LoggerFactory.getLogger(IntakeProcessor.class);

    private final InboxFileRecords records;
    private final ParseAhead parseAhead;
    private final Instant receivedAt;

    IntakeProcessor(InboxFileRecords records, ParseAhead parseAhead, Instant receivedAt) {
        this.records = records;
        this.parseAhead = parseAhead;
        this.receivedAt = receivedAt;
    }

    @Override
    public IntakeOutcome process(Path file) {
        String name = file.getFileName().toString();
        String sha256;
        long size;
        try {
            sha256 = SharedFolder.sha256(file);
            size = Files.size(file);
        }
        catch (java.nio.file.NoSuchFileException e) {
            // Another process (a second node, a clerk's command) read it first and archived it.
            log.info("{}：已被另一次运行读取，跳过", name);
            parseAhead.discard(file);
            return null;
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法读取收件箱文件 " + file, e);
        }
        Optional<InboxFileRecord> earlier = records.findProcessed(sha256);
        if (earlier.isPresent()) {
            InboxFileRecord first = earlier.get();
            if (first.archivedAs() == null && first.fileName().equals(name)) {
                // Recorded by a run that stopped before archiving it: the archive step finishes it.
                parseAhead.discard(file);
                return null;
            }
            log.info("{}：与 {} 接收的 {} 内容相同，按重复文件处理", name, first.receivedAt(), first.fileName());
            parseAhead.discard(file);
            return new IntakeOutcome(file, name, sha256, size, receivedAt, null, first.id());
        }
        ParsedFile<?> parsed = parseAhead.take(file);
        log.info("{}：{}，{} 行，{} 处错误", name, parsed.kind() == null ? "无法识别" : parsed.kind().chinese(),
                parsed.rows(), parsed.errorCount());
        return new IntakeOutcome(file, name, sha256, size, receivedAt, parsed, null);
    }
}
