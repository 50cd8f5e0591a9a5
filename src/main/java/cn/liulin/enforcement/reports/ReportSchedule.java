package cn.liulin.enforcement.reports;

import java.util.List;
import java.util.function.Supplier;

/**
 * When and for what the scheduler delivers a report by itself: at each fire of
 * {@code cron} (Quartz, in the bureau's zone) every parameter set that is {@code due}
 * gets a version if it has none or its figures changed. With {@code catchUpAtStart} the
 * scheduler also does so when it starts, for what was missed while no node ran.
 */
public record ReportSchedule<P extends Record>(String cron, Supplier<List<P>> due, boolean catchUpAtStart) {
}
