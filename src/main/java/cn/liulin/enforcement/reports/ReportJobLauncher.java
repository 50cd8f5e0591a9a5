package cn.liulin.enforcement.reports;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Launches a report job and reads back what it delivered. The report's subject (a period, a date range)
 * identifies the job instance together with a run key, so that a manual rerun is a new instance while
 * the delivered_report table keeps each version unique.
 */
@Component
public class ReportJobLauncher {

    private static final String WRITTEN = "report.written";
    private static final String VERSION = "report.version";
    private static final String FOLDER = "report.folder";
    private static final String FILES = "report.files";
    private static final String CHANGES = "report.changes";
    private static final String MESSAGE = "report.message";

    private final JobOperator jobOperator;

    ReportJobLauncher(JobOperator jobOperator) {
        this.jobOperator = jobOperator;
    }

    /**
     * @param subject identifying parameters (period, from/to ...)
     * @param runKey what makes this run its own instance: a fresh key for a manual run
     */
    public ReportRun run(Job job, Map<String, String> subject, boolean force, String runKey) {
        JobParametersBuilder parameters = new JobParametersBuilder();
        subject.forEach(parameters::addString);
        parameters.addString("run", runKey == null ? UUID.randomUUID().toString() : runKey);
        parameters.addString("force", Boolean.toString(force), false);
        try {
            JobExecution execution = jobOperator.start(job, parameters.toJobParameters());
            ExecutionContext context = execution.getExecutionContext();
            return new ReportRun(execution.getId(), execution.getStatus().name(),
                    context.containsKey(WRITTEN) && (Boolean) context.get(WRITTEN),
                    context.containsKey(VERSION) ? context.getInt(VERSION) : 0,
                    context.containsKey(FOLDER) ? context.getString(FOLDER) : "",
                    lines(context, FILES), lines(context, CHANGES),
                    context.containsKey(MESSAGE) ? context.getString(MESSAGE) : firstFailure(execution));
        }
        catch (JobInstanceAlreadyCompleteException | JobExecutionAlreadyRunningException e) {
            return skipped(job, subject);
        }
        catch (Exception e) {
            throw new IllegalStateException("无法启动 " + job.getName() + "：" + e.getMessage(), e);
        }
    }

    /** The same run key was started elsewhere (another node took this fire): nothing left to do here. */
    private static ReportRun skipped(Job job, Map<String, String> subject) {
        return new ReportRun(0, "SKIPPED", false, 0, "", List.of(), List.of(),
                job.getName() + " " + subject + " 已由另一次运行完成或正在运行");
    }

    /** Called by a report step: records what it delivered in the job's context. */
    public static void record(ChunkContext chunk, String folder, ReportDelivery.Delivered delivered) {
        ExecutionContext context = chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        context.put(WRITTEN, delivered.written());
        context.putInt(VERSION, delivered.version());
        context.putString(FOLDER, folder);
        context.putString(FILES, String.join("\n", delivered.files()));
        // Stored with the job execution and printed by the command: the full list is in manifest.json.
        context.putString(CHANGES, String.join("\n", ReportContent.listedChanges(delivered.changes())));
    }

    /** Called by a report step that had nothing to deliver: says why. */
    public static void nothing(ChunkContext chunk, String message) {
        chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext().putString(MESSAGE, message);
    }

    private static List<String> lines(ExecutionContext context, String key) {
        if (!context.containsKey(key) || context.getString(key).isEmpty()) {
            return List.of();
        }
        return List.of(context.getString(key).split("\n"));
    }

    private static String firstFailure(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst().map(Throwable::getMessage).orElse("");
    }
}
