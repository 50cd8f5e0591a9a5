package cn.liulin.enforcement.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Runs a report's job and reads back what it delivered. The report's parameters identify
 * the job instance together with a run key: a fresh key for a run on request, so that a
 * rerun is a new instance; the figures' fingerprint for a scheduled run, so that two
 * nodes delivering the same figures are one instance.
 */
@Component
public class ReportLauncher {

    private static final Logger log = LoggerFactory.getLogger(ReportLauncher.class);

    private final Reports reports;

    private final ReportJobs jobs;

    private final JobOperator jobOperator;

    private final ReportDelivery delivery;

    ReportLauncher(Reports reports, ReportJobs jobs, JobOperator jobOperator, ReportDelivery delivery) {
        this.reports = reports;
        this.jobs = jobs;
        this.jobOperator = jobOperator;
        this.delivery = delivery;
    }

    /**
     * On request, with the parameters as a person typed them (by field name); see
     * {@link ReportParameters#parse}.
     */
    public ReportRun deliver(String report, Map<String, String> typed, boolean force) {
        return deliverTyped(reports.get(report), typed, force);
    }

    private <P extends Record> ReportRun deliverTyped(ReportDefinition<P> definition, Map<String, String> typed,
            boolean force) {
        return deliver(definition, ReportParameters.of(definition.parameterType()).parse(typed), force);
    }

    /**
     * On request from a page: {@code runKey} names this one request, so that the same
     * form sent twice (a double click, a reload) is one job instance, run once.
     */
    public ReportRun deliver(String report, Map<String, String> typed, boolean force, String runKey) {
        return deliverKeyed(reports.get(report), typed, force, runKey);
    }

    private <P extends Record> ReportRun deliverKeyed(ReportDefinition<P> definition, Map<String, String> typed,
            boolean force, String runKey) {
        P given = ReportParameters.of(definition.parameterType()).parse(typed);
        return start(definition, definition.resolve(given), force, "console:" + runKey);
    }

    /**
     * The parameters as the run would take them (left-out ones filled in), by field name;
     * an {@link IllegalArgumentException} in Chinese when they are wrong. Runs nothing.
     */
    public Map<String, Object> check(String report, Map<String, String> typed) {
        return checkTyped(reports.get(report), typed);
    }

    private <P extends Record> Map<String, Object> checkTyped(ReportDefinition<P> definition,
            Map<String, String> typed) {
        ReportParameters<P> parameters = ReportParameters.of(definition.parameterType());
        return parameters.values(definition.resolve(parameters.parse(typed)));
    }

    /**
     * On request: a new version when the figures changed since the last one, or always
     * with {@code force}.
     */
    public <P extends Record> ReportRun deliver(ReportDefinition<P> definition, P parameters, boolean force) {
        return start(definition, definition.resolve(parameters), force, UUID.randomUUID().toString());
    }

    /**
     * For the scheduler: every parameter set its schedule has due, each only if it lacks
     * a current version.
     */
    public <P extends Record> List<ReportRun> deliverDue(ReportDefinition<P> definition) {
        List<ReportRun> runs = new ArrayList<>();
        for (P due : definition.schedule().map(schedule -> schedule.due().get()).orElse(List.of())) {
            try {
                deliverIfChanged(definition, due).ifPresent(run -> {
                    log.info("补交 / 更新 {} 的{}：{}", subject(definition, due), definition.title(), run.status());
                    runs.add(run);
                });
            }
            catch (RuntimeException e) {
                // One period's failure must not hold back the others, nor stop the
                // scheduler; the next fire retries.
                log.error("{} 的{}交付失败：{}", subject(definition, due), definition.title(), e.getMessage(), e);
            }
        }
        return runs;
    }

    /**
     * Delivers when these parameters have no version yet or their figures changed since
     * the last; empty when the delivered one is current or there is nothing to deliver.
     * The figures are computed once here to decide and again in the job, which is cheap
     * next to rendering.
     */
    public <P extends Record> Optional<ReportRun> deliverIfChanged(ReportDefinition<P> definition, P parameters) {
        P resolved = definition.resolve(parameters);
        Optional<ReportContent> content = definition.content(resolved);
        if (content.isEmpty() || delivery.isCurrent(content.get().target(), content.get().figures())) {
            return Optional.empty();
        }
        return Optional
            .of(start(definition, resolved, false, "auto:" + ReportDelivery.fingerprint(content.get().figures())));
    }

    /**
     * What the report is of, as a clerk reads it: {@code 2025-06},
     * {@code 2025-07-01 2025-07-31}.
     */
    private static <P extends Record> String subject(ReportDefinition<P> definition, P parameters) {
        return String.join(" ",
                ReportParameters.of(definition.parameterType())
                    .values(parameters)
                    .values()
                    .stream()
                    .map(Object::toString)
                    .toList());
    }

    private <P extends Record> ReportRun start(ReportDefinition<P> definition, P parameters, boolean force,
            String runKey) {
        JobParametersBuilder builder = new JobParametersBuilder();
        ReportParameters.of(definition.parameterType()).addTo(builder, parameters);
        builder.addString("run", runKey);
        builder.addJobParameter(DeliverReportTasklet.FORCE, force, Boolean.class, false);
        try {
            JobExecution execution = jobOperator.start(jobs.of(definition), builder.toJobParameters());
            return ReportRun.of(execution);
        }
        catch (JobInstanceAlreadyCompleteException | JobExecutionAlreadyRunningException e) {
            return ReportRun.skipped(subject(definition, parameters) + " 的" + definition.title() + "已由另一次运行完成或正在运行");
        }
        catch (Exception e) {
            throw new IllegalStateException("无法启动 " + definition.jobName() + "：" + e.getMessage(), e);
        }
    }

}
