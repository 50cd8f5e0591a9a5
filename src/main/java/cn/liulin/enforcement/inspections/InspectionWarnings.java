package cn.liulin.enforcement.inspections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.core.ReportingPeriod;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The warnings of a month (spec 5.7), computed over every current row in one set-based
 * query (window functions and joins on the enterprise's inspections, never a query per
 * row), then the rows behind them in one more. A warning belongs to the month of the
 * latest row behind it; a corrected list that removes its cause removes it.
 */
@Component
public class InspectionWarnings {

    private static final String SQL = read("inspection-warnings.sql");

    private final JdbcClient jdbc;

    private final InspectionSettings settings;

    private final Roster roster;

    InspectionWarnings(JdbcClient jdbc, InspectionSettings settings, Roster roster) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.roster = roster;
    }

    private record Found(Warning.Rule rule, String creditCode, java.time.LocalDate latest, String detail,
            List<Long> ids) {
    }

    /** The month's warnings, by rule, then day. */
    public List<Warning> of(ReportingPeriod period) {
        YearMonth month = period.month();
        List<Found> found = jdbc.sql(SQL)
            .param("start", Date.valueOf(month.atDay(1)))
            .param("end", Date.valueOf(month.atEndOfMonth()))
            .param("horizon", Date.valueOf(month.atDay(1).minusMonths(settings.repeatMonths()).minusDays(31)))
            .param("multiDays", settings.multiSectionDays())
            .param("repeatMonths", settings.repeatMonths())
            .param("maxPerDay", settings.maxPerDay())
            .param("maxPerWeek", settings.maxPerWeek())
            .param("maxPerMonth", settings.maxPerMonth())
            .param("quietDays", settings.quietDayNumbers().toArray(Integer[]::new))
            .param("quietExceptions", settings.quietExceptions().toArray(String[]::new))
            .param("rosterOn", roster.configured())
            .param("roster", roster.names().toArray(String[]::new))
            .param("itemsOn", !settings.items().isEmpty())
            .param("items", settings.items().toArray(String[]::new))
            .param("capIndustries", settings.yearlyCaps().keySet().toArray(String[]::new))
            .param("caps",
                    settings.yearlyCaps().keySet().stream().map(settings.yearlyCaps()::get).toArray(Integer[]::new))
            .query((rs, n) -> new Found(Warning.Rule.valueOf(rs.getString(1)), rs.getString(2).strip(),
                    rs.getDate(3).toLocalDate(), rs.getString(4),
                    Arrays.stream((Long[]) rs.getArray(5).getArray()).distinct().sorted().toList()))
            .list();
        Map<Long, Warning.Row> rows = rows(found.stream().flatMap(f -> f.ids().stream()).distinct().toList());
        List<Warning> warnings = new ArrayList<>();
        for (Found f : found) {
            List<Warning.Row> behind = f.ids()
                .stream()
                .map(rows::get)
                .sorted(Comparator.comparing(Warning.Row::inspectedOn).thenComparing(Warning.Row::section))
                .toList();
            String detail = f.rule() == Warning.Rule.MULTI_SECTION ? settings.multiSectionDays() + " 天内 "
                    + String.join("、", new LinkedHashSet<>(behind.stream().map(Warning.Row::section).toList()))
                    + " 先后检查" : f.detail();
            warnings.add(new Warning(f.rule(), f.creditCode(), behind.get(behind.size() - 1).enterprise(), detail,
                    f.latest(), behind));
        }
        warnings.sort(Comparator.comparing(Warning::rule)
            .thenComparing(Warning::latest)
            .thenComparing(Warning::creditCode)
            .thenComparing(Warning::detail));
        return warnings;
    }

    private Map<Long, Warning.Row> rows(List<Long> ids) {
        Map<Long, Warning.Row> rows = new HashMap<>();
        jdbc.sql("""
                select i.id, f.file_name, i.row_number, s.name, i.enterprise, i.inspected_on from inspection i
                join inbox_file f on f.id = i.file_id join section s on s.code = i.section_code
                where i.id = any(:ids)
                """)
            .param("ids", ids.toArray(Long[]::new))
            .query((rs, n) -> rows.put(rs.getLong(1),
                    new Warning.Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getDate(6).toLocalDate())))
            .list();
        return rows;
    }

    private static String read(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
