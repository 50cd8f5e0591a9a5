package cn.liulin.enforcement.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Logs, at the end of every ingest run, what it read, accepted, rejected and wrote, with
 * counts.
 */
@Component
class IngestLogListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(IngestLogListener.class);

    private final InboxFileRecords records;

    IngestLogListener(InboxFileRecords records) {
        this.records = records;
    }

    @Override
    public void afterJob(JobExecution execution) {
        var counts = records.countByStatus(execution.getId());
        int files = counts.stream().mapToInt(InboxFileRecords.StatusCount::files).sum();
        StringBuilder line = new StringBuilder();
        for (var count : counts) {
            line.append("，")
                .append(count.status().chinese())
                .append(' ')
                .append(count.files())
                .append(" 个（")
                .append(count.rows())
                .append(" 行）");
        }
        int receipts = execution.getStepExecutions()
            .stream()
            .filter(step -> step.getStepName().equals("archiveStep"))
            .mapToInt(step -> (int) step.getWriteCount())
            .sum();
        log.info("ingestJob #{} {}：读取 {} 个文件{}；写回执 {} 份", execution.getId(), execution.getStatus(), files, line,
                receipts * 2);
    }

}
