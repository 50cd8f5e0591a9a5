package cn.liulin.enforcement.reports.phase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportJobLauncher;
import cn.liulin.enforcement.reports.ReportRun;

import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

/** Delivers 阶段总结 by running {@code phaseSummaryJob}: on request, or for every phase that has ended. */
@Component
public class PhaseSummaries {

    private final ReportJobLauncher launcher;
    private final Job phaseSummaryJob;
    private final ReportingProperties.Campaign campaign;
    private final Clock clock;
    private final ReportDelivery delivery;

    PhaseSummaries(ReportJobLauncher launcher, Job phaseSummaryJob, ReportingProperties properties, Clock clock,
            ReportDelivery delivery) {
        this.delivery = delivery;
        this.launcher = launcher;
        this.phaseSummaryJob = phaseSummaryJob;
        this.campaign = properties.campaign();
        this.clock = clock;
    }

    /** The configured phase of that name; an {@link IllegalArgumentException} listing the names otherwise. */
    static ReportingProperties.Campaign.Phase phase(ReportingProperties.Campaign campaign, String name) {
        return campaign.phases().stream().filter(phase -> phase.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有名为“" + name + "”的阶段，应为："
                        + String.join(" / ", campaign.phases().stream().map(ReportingProperties.Campaign.Phase::name).toList())));
    }

    public ReportRun deliver(String phase, boolean force) {
        phase(campaign, phase);
        return launcher.run(phaseSummaryJob, Map.of("phase", phase), force, null);
    }

    /**
     * For the scheduler: the day after a phase ends its summary is delivered; a phase that ended while no
     * node ran gets its summary at the next fire.
     */
    public List<ReportRun> deliverEnded() {
        List<ReportRun> runs = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (var phase : campaign.phases()) {
            var subject = new ReportDelivery.Target(PhaseSummaryContent.REPORT, phase.name() + "/" + phase.to().getYear(),
                    PhaseSummaryContent.FOLDER, "");
            boolean endedYesterday = today.minusDays(1).equals(phase.to());
            if (today.isAfter(phase.to()) && (endedYesterday || delivery.latestVersion(subject).isEmpty())) {
                runs.add(launcher.run(phaseSummaryJob, Map.of("phase", phase.name()), false, "auto:" + today));
            }
        }
        return runs;
    }
}
