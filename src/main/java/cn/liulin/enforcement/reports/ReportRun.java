package cn.liulin.enforcement.reports;

import java.util.List;

/**
 * What a report job did, for the command line: its execution, its status, and whether it wrote a new
 * version (or found the same figures already delivered).
 */
public record ReportRun(long jobExecutionId, String batchStatus, boolean written, int version, String folder,
        List<String> files, List<String> changes, String message) {

    /** Done, here or (SKIPPED) by another run of the same key. */
    public boolean completed() {
        return "COMPLETED".equals(batchStatus) || "SKIPPED".equals(batchStatus);
    }
}
