package cn.liulin.enforcement.reports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a person gives one parameter of a report: the command's option {@code --<name>} and
 * the console's form field show this label and description. An optional parameter left
 * out is filled in by the definition's {@link ReportDefinition#resolve}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface ReportOption {

    /** What to type, for example {@code YYYY-MM}. */
    String label();

    String description();

    boolean required() default true;

}
