package cn.liulin.enforcement.reports.reminder;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.lateness.LatenessPolicy;
import cn.liulin.enforcement.lateness.ReportingPeriod;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportJobLauncher;
import cn.liulin.enforcement.reports.ReportRenderer;
import cn.liulin.enforcement.sections.SectionDirectory;
import cn.liulin.enforcement.submissions.PeriodStatusQuery;
import cn.liulin.enforcement.submissions.SectionStatus;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code reminderJob}: the 催报通知 for a period, listing the sections that must report and have not yet
 * (spec 5.6), delivered to {@code <output-dir>/<period>/}. With everyone reported, nothing is written.
 */
@Configuration(proxyBeanMethods = false)
class ReminderJobConfiguration {

    static final String REPORT = "REMINDER";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年MM月dd日");

    @Bean
    Job reminderJob(JobRepository jobRepository, Step reminderDeliverStep) {
        return new JobBuilder("reminderJob", jobRepository).start(reminderDeliverStep).build();
    }

    @Bean
    Step reminderDeliverStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Tasklet reminderTasklet) {
        return new StepBuilder("deliverStep", jobRepository).tasklet(reminderTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    Tasklet reminderTasklet(PeriodStatusQuery periodStatusQuery, SectionDirectory sectionDirectory,
            LatenessPolicy latenessPolicy, ReportRenderer reportRenderer, ReportDelivery reportDelivery,
            ReportingProperties properties, Clock clock, @Value("#{jobParameters['period']}") String period,
            @Value("#{jobParameters['force']}") String force,
            @Value("#{stepExecution.jobExecution.id}") long jobExecutionId) {
        return (contribution, chunk) -> {
            ReportingPeriod reportingPeriod = ReportingPeriod.parse(period);
            List<SectionStatus> unreported = periodStatusQuery.statusOf(reportingPeriod).stream()
                    .filter(status -> !status.lateness().status().reported()).toList();
            if (unreported.isEmpty()) {
                ReportJobLauncher.nothing(chunk, "所有应报股室均已报送 " + period + " 的数据，无需催报");
                return RepeatStatus.FINISHED;
            }
            Map<String, String> figures = new LinkedHashMap<>();
            unreported.forEach(status -> figures.put(status.section().name(), status.lateness().chinese()));
            String bureau = sectionDirectory.bureau();
            var target = new ReportDelivery.Target(REPORT, period, period,
                    bureau + "催报通知_" + reportingPeriod.chinese());
            var now = clock.instant().atZone(clock.getZone());
            String deadline = latenessPolicy.deadlineOf(reportingPeriod).format(SHOWN);
            var delivered = reportDelivery.deliver(target, figures, Boolean.parseBoolean(force), jobExecutionId,
                    version -> {
                        Map<String, Object> parameters = new HashMap<>();
                        parameters.put("TITLE", bureau + "催报通知" + (version.number() > 1 ? "（第 " + version.number() + " 版）" : ""));
                        parameters.put("BODY", "各股室、监管专员小组：\n　　按照规范涉企行政执法专项行动实施方案“各股室于每月3日前向执法股报回上月"
                                + "涉企行政检查件数、行政处罚件数、行政强制件数”的要求，截至 " + SHOWN.format(now) + "，下列 "
                                + unreported.size() + " 个股室尚未报送 " + reportingPeriod.chinese() + " 的执法数据，"
                                + (now.toInstant().isAfter(latenessPolicy.deadlineOf(reportingPeriod).toInstant())
                                        ? "报送截止时间 " + deadline + " 已过，请尽快报送执法股。"
                                        : "请于 " + deadline + " 前报送执法股。"));
                        parameters.put("SIGNATURE", bureau + "执法股\n" + DAY.format(now));
                        parameters.put("FOOTER", bureau + "　联系人：" + properties.contact().preparedBy() + "　联系方式："
                                + (properties.contact().phone().isBlank() ? "—" : properties.contact().phone()));
                        parameters.put("CHANGES_TEXT", version.changes().isEmpty() ? ""
                                : "本版与第 " + (version.number() - 1) + " 版相比的变更：\n" + String.join("\n", version.changes()));
                        List<Map<String, ?>> rows = new ArrayList<>();
                        for (int i = 0; i < unreported.size(); i++) {
                            SectionStatus status = unreported.get(i);
                            rows.add(Map.of("idx", i + 1, "section", status.section().name(),
                                    "status", status.lateness().status().name().equals("PENDING") ? "尚未报送"
                                            : status.lateness().chinese()));
                        }
                        return reportRenderer.fill("reminderReport", parameters, rows);
                    });
            ReportJobLauncher.record(chunk, period, delivered);
            contribution.incrementWriteCount(delivered.written() ? delivered.files().size() : 0);
            return RepeatStatus.FINISHED;
        };
    }
}
