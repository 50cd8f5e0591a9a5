package cn.liulin.enforcement.scheduling;

import java.util.ArrayList;
import java.util.List;

import cn.liulin.enforcement.reports.ReportDefinition;
import cn.liulin.enforcement.reports.ReportLauncher;
import cn.liulin.enforcement.reports.ReportRun;
import cn.liulin.enforcement.reports.Reports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What the scheduler delivers by itself: at a report's fire, and at the scheduler's start
 * for the reports that catch up (a 月报 missed while no node ran). Never twice at once
 * across the cluster: a node that finds another delivering the same report leaves it to
 * them.
 */
@Component
class ScheduledReports {

    private static final Logger log = LoggerFactory.getLogger(ScheduledReports.class);

    private final Reports reports;

    private final ReportLauncher launcher;

    private final ClusterLock clusterLock;

    ScheduledReports(Reports reports, ReportLauncher launcher, ClusterLock clusterLock) {
        this.reports = reports;
        this.launcher = launcher;
        this.clusterLock = clusterLock;
    }

    /** The reports that have a schedule, for the scheduler's triggers. */
    List<ReportDefinition<?>> scheduled() {
        return reports.all().stream().filter(definition -> definition.schedule().isPresent()).toList();
    }

    /** A fire of one report's trigger. */
    List<ReportRun> deliverDue(String report) {
        ReportDefinition<?> definition = reports.get(report);
        return clusterLock
            .ifFree("enforcement-reporting:report:" + definition.name(), () -> launcher.deliverDue(definition))
            .orElseGet(() -> {
                log.info("另一节点正在交付{}，本次跳过", definition.title());
                return List.of();
            });
    }

    /** At the scheduler's start: every report that catches up gets what it missed. */
    List<ReportRun> catchUp() {
        List<ReportRun> runs = new ArrayList<>();
        for (ReportDefinition<?> definition : scheduled()) {
            if (definition.schedule().orElseThrow().catchUpAtStart()) {
                runs.addAll(deliverDue(definition.name()));
            }
        }
        return runs;
    }

}
