package cn.liulin.enforcement.reports;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a report job did: its execution and status, and whether it wrote a new version (or
 * found the same figures already delivered) with its files in {@code location}. The step
 * keeps it in the job's context, so that it is read back the same way here and for a run
 * that another node started.
 *
 * @param skipped another run of the same key (another node, the same fire) has done or is
 * doing it
 */
public record ReportRun(long jobExecutionId, BatchStatus status, boolean skipped, boolean written, int version,
        String folder, Path location, List<String> files, List<String> changes, String message) {

    private static final String WRITTEN = "report.written";

    private static final String VERSION = "report.version";

    private static final String FOLDER = "report.folder";

    private static final String LOCATION = "report.location";

    private static final String FILES = "report.files";

    private static final String CHANGES = "report.changes";

    private static final String MESSAGE = "report.message";

    /** Done, here or by another run of the same key. */
    public boolean completed() {
        return skipped || status == BatchStatus.COMPLETED;
    }

    static ReportRun skipped(String message) {
        return new ReportRun(0, BatchStatus.COMPLETED, true, false, 0, "", Path.of(""), List.of(), List.of(), message);
    }

    /** Written by the report step: what it delivered. */
    static void delivered(ExecutionContext context, String folder, ReportDelivery.Delivered delivered) {
        context.put(WRITTEN, delivered.written());
        context.putInt(VERSION, delivered.version());
        context.putString(FOLDER, folder);
        context.putString(LOCATION, delivered.location().toString());
        context.putString(FILES, String.join("\n", delivered.files()));
        // Stored with the job execution and printed by the command: the full list is in
        // manifest.json.
        context.putString(CHANGES, String.join("\n", ReportContent.listedChanges(delivered.changes())));
    }

    /** Written by the report step when it had nothing to deliver: why. */
    static void nothing(ExecutionContext context, String message) {
        context.putString(MESSAGE, message);
    }

    /** Read back from a finished execution. */
    static ReportRun of(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        String message = context.containsKey(MESSAGE) ? context.getString(MESSAGE)
                : execution.getAllFailureExceptions().stream().findFirst().map(Throwable::getMessage).orElse("");
        return new ReportRun(execution.getId(), execution.getStatus(), false,
                context.containsKey(WRITTEN) && (Boolean) context.get(WRITTEN),
                context.containsKey(VERSION) ? context.getInt(VERSION) : 0, context.getString(FOLDER, ""),
                Path.of(context.getString(LOCATION, "")), lines(context, FILES), lines(context, CHANGES), message);
    }

    private static List<String> lines(ExecutionContext context, String key) {
        String text = context.getString(key, "");
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
