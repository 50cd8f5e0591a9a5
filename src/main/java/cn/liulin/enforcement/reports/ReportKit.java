package cn.liulin.enforcement.reports;

import java.time.Clock;
import java.time.LocalDate;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.sections.SectionDirectory;

import org.springframework.stereotype.Component;

/**
 * What every report needs besides its own figures: the bureau's name, the footer, the
 * time it was drawn up, the renderer, the settings and the clock. One collaborator for a
 * definition instead of six.
 */
@Component
public record ReportKit(SectionDirectory sections, ReportRenderer renderer, ReportingProperties properties,
        Clock clock) {

    public String bureau() {
        return sections.bureau();
    }

    /** The footer line: the bureau, who filled in the form and how to reach them. */
    public String footer() {
        return ReportFooter.of(sections.bureau(), properties.contact());
    }

    /** When the report was drawn up, as its footer prints it. */
    public String generatedAt() {
        return ReportFooter.generatedAt(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
