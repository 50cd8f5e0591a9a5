package cn.liulin.enforcement.intake;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores each outcome in the chunk's transaction: the file's record and, when accepted,
 * all its rows. A file is thus loaded whole or not at all. The rows go in under a
 * savepoint: when the database refuses something in them that the rules let through, the
 * file is recorded as rejected instead, and the run goes on. Archiving and receipts
 * follow in the next step.
 */
class IntakeWriter implements ItemWriter<IntakeOutcome> {

    private static final Logger log = LoggerFactory.getLogger(IntakeWriter.class);

    private final InboxFileRecords records;

    private final InboxSightings sightings;

    private final TransactionTemplate savepoint;

    private final long jobExecutionId;

    IntakeWriter(InboxFileRecords records, InboxSightings sightings, PlatformTransactionManager transactionManager,
            long jobExecutionId) {
        this.records = records;
        this.sightings = sightings;
        this.savepoint = new TransactionTemplate(transactionManager);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends IntakeOutcome> outcomes) {
        for (IntakeOutcome outcome : outcomes) {
            Optional<Long> id;
            try {
                id = savepoint.execute(status -> store(outcome));
            }
            catch (DataIntegrityViolationException e) {
                log.warn("{}：数据库拒收这个文件的数据，按退回处理", outcome.fileName(), e);
                id = store(outcome.refused("数据库拒收了这个文件中的数据（例如含有数据库不能保存的字符）：" + "请检查文件中是否有异常字符，另存后重新报送"));
            }
            if (id.isEmpty()) {
                log.info("{}：已由另一次运行处理，跳过", outcome.fileName());
                outcome.snapshot().discard();
                continue;
            }
            sightings.forget(outcome.fileName());
        }
    }

    private Optional<Long> store(IntakeOutcome outcome) {
        Optional<Long> id = records.insert(outcome, jobExecutionId);
        if (id.isPresent() && outcome.status() == ReceiptStatus.ACCEPTED) {
            int stored = outcome.parsed().load(id.get(), outcome.receivedAt());
            log.debug("{}：入库 {} 行", outcome.fileName(), stored);
        }
        return id;
    }

}
