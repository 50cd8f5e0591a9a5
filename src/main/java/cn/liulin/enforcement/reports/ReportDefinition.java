package cn.liulin.enforcement.reports;

import java.util.Optional;

/**
 * One report: what it is called, what it takes, what it shows and, if it has one, its
 * schedule. The command line ({@code report <name>}), the scheduler, its catch-up, the
 * demo and the console all find it in {@link Reports} (and, before Spring starts, through
 * {@link ReportInfo#scan}); one job shape ({@link ReportJobs}) delivers every definition.
 * Adding a report is a definition (a Spring bean named by {@link Report}, in its own
 * package), its {@code .jrxml} and its test.
 *
 * @param <P> the parameters, a record whose components carry {@link ReportOption}
 */
public interface ReportDefinition<P extends Record> {

    /**
     * What its class says of it: name, title, description, job name and parameter record.
     */
    default ReportInfo info() {
        return ReportInfo.of(getClass());
    }

    /** The command's name and the console's key, such as {@code monthly}. */
    default String name() {
        return info().name();
    }

    default String title() {
        return info().title();
    }

    default String jobName() {
        return info().jobName();
    }

    @SuppressWarnings("unchecked")
    default Class<P> parameterType() {
        return (Class<P>) info().parameterType();
    }

    /**
     * Fills in the parameters left out and checks the others, before anything runs; an
     * {@link IllegalArgumentException} says in Chinese what to give instead.
     */
    default P resolve(P given) {
        return given;
    }

    /**
     * The report's content for these parameters, or empty when there is nothing to
     * deliver.
     */
    Optional<ReportContent> content(P parameters);

    /** Why nothing was delivered, when {@link #content} is empty. */
    default String nothingToDeliver(P parameters) {
        return "";
    }

    /**
     * When the scheduler delivers it by itself; empty for a report delivered only on
     * request.
     */
    default Optional<ReportSchedule<P>> schedule() {
        return Optional.empty();
    }

}
