package cn.liulin.enforcement.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads {@code config/holidays.yml}: per year its notice ({@code source}), its holidays
 * by name as days or ranges ({@code 2025-10-01..2025-10-08}), and its make-up working
 * days. A mistake stops the job at start, naming the year and the entry; a missing file
 * is a calendar of weekends only.
 */
public final class HolidayCalendarFile {

    private HolidayCalendarFile() {
    }

    public static HolidayCalendar read(Path file, IntConsumer onMissingYear) {
        if (!Files.exists(file)) {
            return new HolidayCalendar(Set.of(), Map.of(), Set.of(), onMissingYear);
        }
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
        catch (IOException | RuntimeException e) {
            throw new IllegalStateException(file + " 不是有效的 YAML：" + e.getMessage(), e);
        }
        Set<Integer> years = new HashSet<>();
        Map<LocalDate, String> holidays = new HashMap<>();
        Set<LocalDate> workdays = new HashSet<>();
        if (root instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> {
                String where = file + " " + key + " 年";
                if (!key.toString().strip().matches("\\d{4}") || !(value instanceof Map<?, ?> entry)) {
                    throw new IllegalStateException(where + "：应写作 2025: {source: …, holidays: …, workdays: […]}");
                }
                years.add(Integer.parseInt(key.toString().strip()));
                if (entry.get("holidays") instanceof Map<?, ?> named) {
                    named.forEach((name, days) -> days(where + " " + name, days)
                        .forEach(day -> holidays.put(day, name.toString())));
                }
                workdays.addAll(days(where + " workdays", entry.get("workdays")));
            });
        }
        else if (root != null) {
            throw new IllegalStateException(file + " 应按年份列出节假日，例如 2025: {source: …, holidays: …, workdays: […]}");
        }
        return new HolidayCalendar(years, holidays, workdays, onMissingYear);
    }

    /** A day, a range {@code from..to}, or a list of either. */
    private static List<LocalDate> days(String where, Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().flatMap(item -> days(where, item).stream()).toList();
        }
        String text = value instanceof Date date ? date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString()
                : value.toString().strip();
        try {
            String[] ends = text.split("\\.\\.");
            LocalDate from = LocalDate.parse(ends[0].strip());
            LocalDate to = ends.length > 1 ? LocalDate.parse(ends[1].strip()) : from;
            if (to.isBefore(from) || ends.length > 2) {
                throw new IllegalStateException(where + "：“" + text + "”的结束日期早于开始日期");
            }
            return from.datesUntil(to.plusDays(1)).toList();
        }
        catch (DateTimeParseException e) {
            throw new IllegalStateException(where + "：“" + text + "”应为日期（2025-10-01）或日期范围（2025-10-01..2025-10-08）");
        }
    }

}
