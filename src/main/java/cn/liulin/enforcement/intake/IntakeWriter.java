package cn.liulin.enforcement.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores each outcome in the chunk's transaction: the file's record and, when accepted, all its rows.
 * A file is thus loaded whole or not at all. Archiving and receipts follow in the next step.
 */
class IntakeWriter implements ItemWriter<IntakeOutcome> {

    private static final Logger log = LoggerFactory.getLogger(IntakeWriter.class);

    private final InboxFileRecords records;
    private final long jobExecutionId;

    IntakeWriter(InboxFileRecords records, long jobExecutionId) {
        this.records = records;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends IntakeOutcome> outcomes) {
        for (IntakeOutcome outcome : outcomes) {
            var id = records.insert(outcome, jobExecutionId);
            if (id.isEmpty()) {
                log.info("{}：已由另一次运行处理，跳过", outcome.fileName());
                continue;
            }
            if (outcome.status() == ReceiptStatus.ACCEPTED) {
                int stored = outcome.parsed().load(id.get(), outcome.receivedAt());
                log.debug("{}：入库 {} 行", outcome.fileName(), stored);
            }
        }
    }
}
