package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.liulin.enforcement.core.FileHashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Finishes one recorded file per call, each in its own transaction: moves the private
 * copy that was read into the archive, removes the inbox file if it still holds those
 * bytes, writes its two receipts, then marks it archived. Every part is safe to repeat,
 * so a run that failed half way (a full disk) is finished by the next as if it were the
 * first. Picks up files a crashed run recorded but never finished, and never finishes one
 * file twice ({@code for update skip locked}).
 */
class ArchiveTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ArchiveTasklet.class);

    private final InboxFileRecords records;

    private final Archive archive;

    private final Receipts receipts;

    private final Path inbox;

    private final Map<FileKind, KindIntake<?>> kinds;

    private final List<ReceiptNotes> notes;

    private final long jobExecutionId;

    ArchiveTasklet(InboxFileRecords records, Archive archive, Receipts receipts, Path inbox, List<KindIntake<?>> kinds,
            List<ReceiptNotes> notes, long jobExecutionId) {
        this.notes = List.copyOf(notes);
        this.records = records;
        this.archive = archive;
        this.receipts = receipts;
        this.inbox = inbox;
        this.kinds = kinds.stream().collect(Collectors.toMap(KindIntake::kind, Function.identity()));
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<InboxFileRecord> next = records.lockUnarchived(1);
        if (next.isEmpty()) {
            archive.sweepStaging(records.stagedUnarchived());
            return RepeatStatus.FINISHED;
        }
        InboxFileRecord file = next.get(0);
        try {
            Path place = archive.placeFor(file.fileName(), file.status(), file.receivedAt(), file.id());
            Path original = inbox.resolve(file.fileName());
            if (!archive.storeCopy(file.stagedAs(), place) && !Files.exists(place)) {
                if (Files.exists(original) && FileHashes.sha256(original).equals(file.sha256())) {
                    archive.store(original, place); // recorded before files were copied
                                                    // on reading
                }
                else {
                    log.warn("{}：收件箱和存档中都找不到读取时的副本，仅补写回执", file.fileName());
                }
            }
            removeOriginal(file, original);
            InboxFileRecord first = file.duplicateOf() == null ? null : records.find(file.duplicateOf()).orElseThrow();
            List<String> loaded = new ArrayList<>();
            if (file.status() == ReceiptStatus.ACCEPTED) {
                loaded.addAll(kinds.get(file.kind()).describe(file.id()));
                notes.forEach(note -> loaded.addAll(note.notes(file.kind(), file.id())));
            }
            receipts.write(file, first, loaded, jobExecutionId);
            records.markArchived(file.id(), archive.root().relativize(place).toString());
            contribution.incrementWriteCount(1);
            log.info("{}：{}，回执已写入，原文件存档于 {}", file.fileName(), file.status().chinese(), place);
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法存档 " + file.fileName() + " 或写回执：" + e.getMessage(), e);
        }
        return RepeatStatus.CONTINUABLE;
    }

    /**
     * The inbox file goes once archived, unless it no longer holds the bytes read: then
     * it is read again.
     */
    private static void removeOriginal(InboxFileRecord file, Path original) throws IOException {
        if (!Files.exists(original)) {
            return;
        }
        if (FileHashes.sha256(original).equals(file.sha256())) {
            Files.deleteIfExists(original);
        }
        else {
            log.warn("{}：收件箱中的文件在读取后又被改动，保留在收件箱，下次运行时按新文件读取", file.fileName());
        }
    }

}
