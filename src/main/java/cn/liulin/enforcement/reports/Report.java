package cn.liulin.enforcement.reports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a {@link ReportDefinition}: read from the class, so that the command line knows
 * every report's name, help and options before anything starts (a usage error or
 * {@code --help} needs no database).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Report {

    /** The command's name and the console's key, such as {@code monthly}. */
    String name();

    /** The Chinese name a clerk knows it by, such as 涉企行政执法情况月报. */
    String title();

    /**
     * What it holds and where it goes, a line each, for the command's help and the
     * console.
     */
    String[] description();

    /**
     * The Spring Batch job's name, as the job history shows it; {@code <name>ReportJob}
     * when left out.
     */
    String job() default "";

}
