package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Decides one inbox file from its private copy: bytes seen before are a duplicate;
 * anything else is read and checked whole against its kind's rules. A file that changed
 * while it was copied, or since it was listed, is left for the next run: it is still
 * being written. Writes nothing: the writer stores the outcome.
 */
class IntakeProcessor implements ItemProcessor<InboxFile, IntakeOutcome> {

    private static final Logger log = LoggerFactory.getLogger(IntakeProcessor.class);

    private final InboxFileRecords records;

    private final ParseAhead parseAhead;

    IntakeProcessor(InboxFileRecords records, ParseAhead parseAhead) {
        this.records = records;
        this.parseAhead = parseAhead;
    }

    @Override
    public IntakeOutcome process(InboxFile file) {
        ParseAhead.ReadFile read = parseAhead.take(file);
        Snapshot snapshot = read.snapshot();
        if (read.notRead() != null) {
            log.info("{}：{}", file.name(), read.notRead());
            discard(snapshot);
            return null;
        }
        if (records.findUnarchived(file.name(), snapshot.sha256()).isPresent()) {
            // Recorded by a run that stopped before archiving it: the archive step
            // finishes it.
            snapshot.discard();
            return null;
        }
        if (!stillAsRead(file)) {
            log.info("{}：读取后又被改动，仍在写入，留待下次运行", file.name());
            snapshot.discard();
            return null;
        }
        Optional<InboxFileRecord> earlier = records.findProcessed(snapshot.sha256());
        if (earlier.isPresent()) {
            InboxFileRecord first = earlier.get();
            log.info("{}：与 {} 接收的 {} 内容相同，按重复文件处理", file.name(), first.receivedAt(), first.fileName());
            return new IntakeOutcome(file, snapshot, null, first.id());
        }
        ParsedFile<?> parsed = read.parsed();
        log.info("{}：{}，{} 行，{} 处错误", file.name(), parsed.kind() == null ? "无法识别" : parsed.kind().chinese(),
                parsed.rows(), parsed.errorCount());
        return new IntakeOutcome(file, snapshot, parsed, null);
    }

    private static boolean stillAsRead(InboxFile file) {
        try {
            return InboxObservation.of(file.path()).sameAs(file.seen());
        }
        catch (IOException e) {
            return false;
        }
    }

    private static void discard(Snapshot snapshot) {
        if (snapshot != null) {
            snapshot.discard();
        }
    }

}
