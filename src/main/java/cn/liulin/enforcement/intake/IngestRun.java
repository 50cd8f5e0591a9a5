package cn.liulin.enforcement.intake;

import java.util.List;

import org.springframework.batch.core.BatchStatus;

/**
 * What one ingest run did, file by file, for the command line to print.
 *
 * @param waiting the files still in the inbox after the run (still being written, or not
 * readable yet)
 */
public record IngestRun(long jobExecutionId, BatchStatus batchStatus, String failure, List<FileResult> files,
        List<String> waiting) {

    public boolean completed() {
        return batchStatus == BatchStatus.COMPLETED;
    }

    public long count(ReceiptStatus status) {
        return files.stream().filter(file -> file.status() == status).count();
    }

    /**
     * One file's outcome and where its receipt is ({@code null} while it is not written
     * yet).
     */
    public record FileResult(String fileName, ReceiptStatus status, String kind, int rows, int errorCount,
            String receipt) {
    }
}
