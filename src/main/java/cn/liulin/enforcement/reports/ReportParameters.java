package cn.liulin.enforcement.reports;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.core.ReportingPeriod;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * A report's parameters as a record of typed values ({@link YearMonth},
 * {@link LocalDate}, {@link String}): parsed from what a person typed, written as typed
 * job parameters (a month as {@code YYYY-MM}, a day as a date), and read back in the
 * job's step.
 */
public final class ReportParameters<P extends Record> {

    /** One parameter: a record component and how a person gives it. */
    public record Field(String name, Class<?> type, String label, String description, boolean required) {

        /** The command-line option: {@code asOf} is {@code --as-of}. */
        public String option() {
            return "--" + name.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Constructor<P> constructor;

    private final List<Field> fields;

    private ReportParameters(Class<P> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<Field> found = new ArrayList<>();
        for (RecordComponent component : components) {
            ReportOption option = component.getAnnotation(ReportOption.class);
            if (option == null) {
                throw new IllegalStateException(type.getName() + "." + component.getName() + " 缺少 @ReportOption");
            }
            if (component.getType() != YearMonth.class && component.getType() != LocalDate.class
                    && component.getType() != String.class) {
                throw new IllegalStateException(type.getName() + "." + component.getName() + " 的类型不受支持");
            }
            found.add(new Field(component.getName(), component.getType(), option.label(), option.description(),
                    option.required()));
        }
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            this.constructor.setAccessible(true);
        }
        catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        this.fields = List.copyOf(found);
    }

    public static <P extends Record> ReportParameters<P> of(Class<P> type) {
        return new ReportParameters<>(type);
    }

    public List<Field> fields() {
        return fields;
    }

    /**
     * From what a person typed, by field name (blank: not given); an
     * {@link IllegalArgumentException} in Chinese says what to type instead.
     */
    public P parse(Map<String, String> typed) {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            String text = typed.get(field.name());
            if (text == null || text.isBlank()) {
                if (field.required()) {
                    throw new IllegalArgumentException("缺少 " + field.option() + "（" + field.description() + "）");
                }
                continue;
            }
            values[i] = parse(field, text.strip());
        }
        return create(values);
    }

    /**
     * The values by field name, as typed job parameters: the subject of the report's job
     * instance.
     */
    void addTo(JobParametersBuilder builder, P parameters) {
        values(parameters).forEach((name, value) -> {
            if (value instanceof LocalDate date) {
                builder.addLocalDate(name, date);
            }
            else {
                builder.addString(name, value.toString());
            }
        });
    }

    /** The record again, from the job parameters {@link #addTo} wrote. */
    P from(JobParameters parameters) {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            if (parameters.getParameter(field.name()) == null) {
                continue;
            }
            values[i] = field.type() == LocalDate.class ? parameters.getLocalDate(field.name())
                    : field.type() == YearMonth.class ? YearMonth.parse(parameters.getString(field.name()))
                            : parameters.getString(field.name());
        }
        return create(values);
    }

    /** The values given, by field name, in the record's order. */
    public Map<String, Object> values(P parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : parameters.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                Object value = accessor.invoke(parameters);
                if (value != null) {
                    values.put(component.getName(), value);
                }
            }
            catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    private static Object parse(Field field, String text) {
        if (field.type() == YearMonth.class) {
            return ReportingPeriod.parse(text).month();
        }
        if (field.type() == LocalDate.class) {
            return TypedDates.parse(text, field.option());
        }
        return text;
    }

    private P create(Object[] values) {
        try {
            return constructor.newInstance(values);
        }
        catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

}
