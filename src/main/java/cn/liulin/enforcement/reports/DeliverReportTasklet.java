package cn.liulin.enforcement.reports;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The one step of every report job: gather the report's content, deliver it under the versioning rule,
 * and record the outcome for the command line. Empty content (nobody to remind, say) writes nothing.
 */
public class DeliverReportTasklet implements Tasklet {

    private final Supplier<Optional<ReportContent>> content;
    private final String nothingMessage;
    private final ReportDelivery delivery;
    private final boolean force;
    private final long jobExecutionId;

    public DeliverReportTasklet(Supplier<Optional<ReportContent>> content, String nothingMessage, ReportDelivery delivery,
            boolean force, long jobExecutionId) {
        this.content = content;
        this.nothingMessage = nothingMessage;
        this.delivery = delivery;
        this.force = force;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        Optional<ReportContent> report = content.get();
        if (report.isEmpty()) {
            ReportJobLauncher.nothing(chunk, nothingMessage);
            return RepeatStatus.FINISHED;
        }
        ReportContent c = report.get();
        ReportDelivery.Delivered delivered = delivery.deliver(c, force, jobExecutionId);
        ReportJobLauncher.record(chunk, c.target().folder(), delivered);
        contribution.incrementWriteCount(delivered.written() ? delivered.files().size() : 0);
        return RepeatStatus.FINISHED;
    }
}
