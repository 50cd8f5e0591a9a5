package cn.liulin.enforcement.scheduling;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.lateness.LatenessPolicy;
import cn.liulin.enforcement.lateness.ReportingPeriod;
import cn.liulin.enforcement.reports.ReportRun;
import cn.liulin.enforcement.reports.monthly.MonthlyReports;

import org.springframework.stereotype.Component;

/**
 * Makes sure every closed period (its deadline passed) from the go-live month on has a current 月报: a
 * period with none gets its first version, a period whose figures changed since delivery (a late
 * submission, a correction) gets a new version. After a week of downtime across two deadlines, both
 * reports appear, oldest first. Without a go-live month only the last closed period is looked at.
 */
@Component
public class CatchUp {

    private static final Logger log = LoggerFactory.getLogger(CatchUp.class);

    private final MonthlyReports monthlyReports;
    private final LatenessPolicy lateness;
    private final Clock clock;
    private final ReportingProperties properties;
    private final ClusterLock clusterLock;

    CatchUp(MonthlyReports monthlyReports, LatenessPolicy lateness, Clock clock, ReportingProperties properties,
            ClusterLock clusterLock) {
        this.monthlyReports = monthlyReports;
        this.clusterLock = clusterLock;
        this.lateness = lateness;
        this.clock = clock;
        this.properties = properties;
    }

    /** The closed periods the scheduler is responsible for, oldest first. */
    public List<ReportingPeriod> closedPeriods() {
        ReportingPeriod last = ReportingPeriod.containing(java.time.LocalDate.now(clock)).previous();
        if (!clock.instant().isAfter(lateness.deadlineOf(last).toInstant())) {
            last = last.previous();
        }
        ReportingPeriod first = properties.goLive() == null ? last : new ReportingPeriod(properties.goLive());
        List<ReportingPeriod> periods = new ArrayList<>();
        for (ReportingPeriod period = first; !period.isAfter(last); period = period.next()) {
            periods.add(period);
        }
        return periods;
    }

    /** Catches up, unless another thread or node is doing it right now (then it is done by them). */
    public List<ReportRun> run() {
        return clusterLock.ifFree("enforcement-reporting:catch-up", this::deliverMissing).orElseGet(() -> {
            log.info("另一节点正在补交月报，本次跳过");
            return List.of();
        });
    }

    private List<ReportRun> deliverMissing() {
        List<ReportRun> runs = new ArrayList<>();
        for (ReportingPeriod period : closedPeriods()) {
            try {
                monthlyReports.deliverIfChanged(period).ifPresent(run -> {
                    log.info("补交 / 更新 {} 的月报：{}", period, run.batchStatus());
                    runs.add(run);
                });
            }
            catch (RuntimeException e) {
                // One period's failure must not hold back the others, nor stop the scheduler; the next fire retries.
                log.error("{} 的月报交付失败：{}", period, e.getMessage(), e);
            }
        }
        return runs;
    }
}
