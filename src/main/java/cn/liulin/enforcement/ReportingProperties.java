package cn.liulin.enforcement;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the job, under the one prefix {@code reporting}. Relative paths are
 * resolved against the working directory, as Spring Boot resolves {@code config/}.
 *
 * @param now a fixed local date-time (Asia/Shanghai) for tests, demos and back-filling;
 * unset: the system clock
 * @param firstPeriod the first month of data (the plan looks back to 2023-01, §二3)
 * @param goLive the first period the scheduler must deliver a 月报 for
 * @param dataDir where the embedded PostgreSQL keeps its data when no datasource is
 * configured
 * @param inboxSettle how long an inbox file must stay the same before it is read (a copy
 * may be in progress)
 */
@Validated
@ConfigurationProperties("reporting")
public record ReportingProperties(@NotNull @DefaultValue("./inbox") Path inboxDir,
        @NotNull @DefaultValue("30s") Duration inboxSettle, @NotNull @DefaultValue("./shared-reports") Path outputDir,
        @NotNull @DefaultValue("./archive") Path archiveDir,
        @NotNull @DefaultValue("config/sections.yml") Path sections, LocalDateTime now,
        @NotNull @DefaultValue("2023-01") YearMonth firstPeriod, YearMonth goLive,
        @NotNull @DefaultValue("./data") Path dataDir, @Valid @NotNull @DefaultValue Deadline deadline,
        @Valid @NotNull @DefaultValue Contact contact, @Valid @NotNull @DefaultValue Schedule schedule,
        @Valid @NotNull @DefaultValue Testing testing, @Valid @NotNull @DefaultValue Vocabularies vocabularies,
        @Valid @NotNull @DefaultValue Privacy privacy, @Valid @NotNull @DefaultValue Campaign campaign,
        @Valid @NotNull @DefaultValue Console console) {

    /**
     * The web console (README, 网页控制台).
     *
     * @param maxUploadSize the largest file one upload may carry
     * @param maxUploadFiles the most files one upload may carry
     * @param boardPageSize sections per page of the 报送看板
     */
    public record Console(@NotNull @DefaultValue("10MB") DataSize maxUploadSize,
            @Min(1) @Max(100) @DefaultValue("10") int maxUploadFiles,
            @Min(10) @Max(1000) @DefaultValue("50") int boardPageSize) {
    }

    /**
     * A period is due on {@code day} of the following month at {@code time} (inclusive).
     *
     * @param followHolidays a deadline on a rest day moves to the next working day (spec
     * §2)
     * @param holidays the State Council's holidays and make-up working days by year
     */
    public record Deadline(@Min(1) @Max(28) @DefaultValue("3") int day,
            @NotNull @DefaultValue("23:59:59") LocalTime time, @DefaultValue("true") boolean followHolidays,
            @NotNull @DefaultValue("config/holidays.yml") Path holidays) {
    }

    /**
     * When the scheduler runs each job: Quartz cron expressions (second minute hour day
     * month weekday), in Asia/Shanghai.
     *
     * @param ingest read the inbox (every 5 minutes)
     * @param reminder the 催报通知 (09:00 daily; it is due from the 1st to the deadline)
     * @param monthlyReport the 月报 of the previous month, then catch-up of any missed
     * period (01:00 on day 4)
     * @param phaseSummary looks daily whether a phase ended yesterday (or ended
     * unsummarised) (02:30)
     */
    public record Schedule(@NotNull @DefaultValue("0 */5 * * * ?") String ingest,
            @NotNull @DefaultValue("0 0 9 * * ?") String reminder,
            @NotNull @DefaultValue("0 0 1 4 * ?") String monthlyReport,
            @NotNull @DefaultValue("0 30 2 * * ?") String phaseSummary) {
    }

    /**
     * Seams for the crash and shutdown tests only; never set in production.
     *
     * @param holdBeforePublish pause between writing files and moving them into the
     * shared folder
     */
    public record Testing(@NotNull @DefaultValue("0s") Duration holdBeforePublish) {
    }

    /**
     * The choice lists of the registers (spec 3.3, 3.4), starting from the plan's own
     * words. A value not in its list is an error in the receipt, which names the list.
     */
    public record Vocabularies(@DefaultValue( {
            "行政检查", "行政处罚", "行政强制", "其他" }) List<String> enforcementTypes,
            @DefaultValue({ "乱检查", "乱罚款", "乱查封", "趋利性执法", "滥用职权", "徇私枉法", "吃拿卡要", "粗暴执法", "执法不作为",
                    "其他" }) List<String> problemNatures,
            @DefaultValue({ "督办函", "提醒函", "约谈", "现场督查", "电话督办", "其他" }) List<String> supervisionMethods,
            @DefaultValue({ "责令限期整改", "批评教育", "诫勉谈话", "通报批评", "党纪政务处分", "移送司法机关", "反映不属实",
                    "其他" }) List<String> handlingResults,
            @DefaultValue({ "乱检查", "乱罚款", "乱查封", "趋利性执法", "滥用职权", "徇私枉法", "吃拿卡要", "粗暴执法", "执法不作为",
                    "其他" }) List<String> problemCategories,
            @DefaultValue({ "自查", "监督检查", "投诉举报", "系统预警" }) List<String> problemSources){
    }

    /**
     * @param maskPersonalData mask 反映人 and 联系方式 in every report that leaves the bureau
     */
    public record Privacy(@DefaultValue("true") boolean maskPersonalData) {
    }

    /**
     * The campaign's phases (§四), the plan's 2025 dates by default; another year's
     * campaign is configured here.
     */
    public record Campaign(@DefaultValue List<Phase> phases) {

        public record Phase(@NotNull String name, @NotNull LocalDate from, @NotNull LocalDate to) {
        }

        /** The first day of the campaign (its first phase), or null without phases. */
        public LocalDate start() {
            return phases.stream().map(Phase::from).min(LocalDate::compareTo).orElse(null);
        }
    }

    /** Printed in report footers: who filled in the form and how to reach them. */
    public record Contact(@DefaultValue("执法股") String preparedBy, @DefaultValue("") String phone) {
    }
}
