package cn.liulin.enforcement.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Every report definition, by name: the one list the commands, the scheduler and the
 * console read.
 */
@Component
public class Reports {

    private final Map<String, ReportDefinition<?>> byName = new LinkedHashMap<>();

    Reports(List<ReportDefinition<?>> definitions) {
        for (ReportDefinition<?> definition : definitions) {
            if (byName.put(definition.name(), definition) != null) {
                throw new IllegalStateException("两个报表同名：" + definition.name());
            }
            ReportParameters.of(definition.parameterType());
        }
    }

    public List<ReportDefinition<?>> all() {
        return List.copyOf(byName.values());
    }

    public Optional<ReportDefinition<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The definition of that name; an {@link IllegalArgumentException} naming the reports
     * there are.
     */
    public ReportDefinition<?> get(String name) {
        return find(name).orElseThrow(
                () -> new IllegalArgumentException("没有名为“" + name + "”的报表，应为：" + String.join(" / ", byName.keySet())));
    }

}
