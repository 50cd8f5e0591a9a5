package cn.liulin.enforcement.reports;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The one step of every report job: read the definition's parameters from the job's,
 * gather its content, deliver it under the versioning rule, and record the outcome. Empty
 * content (nobody to remind, say) writes nothing and says why.
 */
class DeliverReportTasklet<P extends Record> implements Tasklet {

    static final String FORCE = "force";

    private final ReportDefinition<P> definition;

    private final ReportParameters<P> parameters;

    private final ReportDelivery delivery;

    DeliverReportTasklet(ReportDefinition<P> definition, ReportDelivery delivery) {
        this.definition = definition;
        this.parameters = ReportParameters.of(definition.parameterType());
        this.delivery = delivery;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        JobExecution job = chunk.getStepContext().getStepExecution().getJobExecution();
        P given = parameters.from(job.getJobParameters());
        Optional<ReportContent> content = definition.content(given);
        if (content.isEmpty()) {
            ReportRun.nothing(job.getExecutionContext(), definition.nothingToDeliver(given));
            return RepeatStatus.FINISHED;
        }
        boolean force = Boolean.TRUE.equals(job.getJobParameters().getParameter(FORCE).value());
        ReportDelivery.Delivered delivered = delivery.deliver(content.get(), force, job.getId());
        ReportRun.delivered(job.getExecutionContext(), content.get().target().folder(), delivered);
        contribution.incrementWriteCount(delivered.written() ? delivered.files().size() : 0);
        return RepeatStatus.FINISHED;
    }

}
