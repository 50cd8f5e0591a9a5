package cn.liulin.enforcement.reports;

import java.util.Comparator;
import java.util.List;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * What a report definition's class says of it: its {@link Report} names and its parameter
 * record.
 */
public record ReportInfo(String name, String title, List<String> description, String jobName,
        Class<? extends Record> parameterType) {

    @SuppressWarnings("unchecked")
    static ReportInfo of(Class<?> definition) {
        Class<?> type = ClassUtils.getUserClass(definition);
        Report report = type.getAnnotation(Report.class);
        if (report == null) {
            throw new IllegalStateException(type.getName() + " 缺少 @Report");
        }
        Class<?> parameters = ResolvableType.forClass(type).as(ReportDefinition.class).getGeneric(0).resolve();
        return new ReportInfo(report.name(), report.title(), List.of(report.description()),
                report.job().isEmpty() ? report.name() + "ReportJob" : report.job(),
                (Class<? extends Record>) parameters);
    }

    public ReportParameters<?> parameters() {
        return ReportParameters.of(parameterType);
    }

    /**
     * Every report definition of the application, found on the class path in the order
     * the registry has them, without starting Spring: for reading the command line before
     * anything starts.
     */
    public static List<ReportInfo> scan() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Report.class));
        ClassLoader loader = ReportInfo.class.getClassLoader();
        return scanner.findCandidateComponents("cn.liulin.enforcement")
            .stream()
            .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), loader))
            .sorted(Comparator.comparingInt(type -> OrderUtils.getOrder(type, Ordered.LOWEST_PRECEDENCE)))
            .map(ReportInfo::of)
            .toList();
    }
}
