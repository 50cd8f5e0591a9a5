package cn.liulin.enforcement;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the job, under the one prefix {@code reporting}. Relative paths are resolved
 * against the working directory, as Spring Boot resolves {@code config/}.
 *
 * @param now a fixed local date-time (Asia/Shanghai) for tests, demos and back-filling; unset: the system clock
 * @param firstPeriod the first month of data (the plan looks back to 2023-01, §二3)
 * @param goLive the first period the scheduler must deliver a 月报 for
 * @param dataDir where the embedded PostgreSQL keeps its data when no datasource is configured
 */
@Validated
@ConfigurationProperties("reporting")
public record ReportingProperties(
        @NotNull @DefaultValue("./inbox") Path inboxDir,
        @NotNull @DefaultValue("./shared-reports") Path outputDir,
        @NotNull @DefaultValue("./archive") Path archiveDir,
        @NotNull @DefaultValue("config/sections.yml") Path sections,
        LocalDateTime now,
        @NotNull @DefaultValue("2023-01") YearMonth firstPeriod,
        YearMonth goLive,
        @NotNull @DefaultValue("./data") Path dataDir,
        @Valid @NotNull @DefaultValue Deadline deadline,
        @Valid @NotNull @DefaultValue Contact contact,
        @Valid @NotNull @DefaultValue Schedule schedule,
        @Valid @NotNull @DefaultValue Testing testing) {

    /** A period is due on {@code day} of the following month at {@code time} (inclusive). */
    public record Deadline(
            @Min(1) @Max(28) @DefaultValue("3") int day,
            @NotNull @DefaultValue("23:59:59") LocalTime time) {
    }

    /**
     * When the scheduler runs each job: Quartz cron expressions (second minute hour day month weekday), in
     * Asia/Shanghai.
     *
     * @param ingest read the inbox (every 5 minutes)
     * @param reminder the 催报通知 (09:00 on days 1-3)
     * @param monthlyReport the 月报 of the previous month, then catch-up of any missed period (01:00 on day 4)
     */
    public record Schedule(
            @NotNull @DefaultValue("0 */5 * * * ?") String ingest,
            @NotNull @DefaultValue("0 0 9 1-3 * ?") String reminder,
            @NotNull @DefaultValue("0 0 1 4 * ?") String monthlyReport) {
    }

    /**
     * Seams for the crash and shutdown tests only; never set in production.
     *
     * @param holdBeforePublish pause between writing files and moving them into the shared folder
     */
    public record Testing(@NotNull @DefaultValue("0s") Duration holdBeforePublish) {
    }

    /** Printed in report footers: who filled in the form and how to reach them. */
    public record Contact(
            @DefaultValue("执法股") String preparedBy,
            @DefaultValue("") String phone) {
    }
}
