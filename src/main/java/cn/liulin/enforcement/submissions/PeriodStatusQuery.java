package cn.liulin.enforcement.submissions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.extensions.Extensions;
import cn.liulin.enforcement.lateness.Deadline;
import cn.liulin.enforcement.lateness.LatenessPolicy;
import cn.liulin.enforcement.sections.Section;
import cn.liulin.enforcement.sections.SectionDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every section that must report for a period, with its verdict and current counts: one
 * query.
 */
@Component
public class PeriodStatusQuery {

    private final JdbcClient jdbc;

    private final SectionDirectory sections;

    private final LatenessPolicy lateness;

    private final Extensions extensions;

    PeriodStatusQuery(JdbcClient jdbc, SectionDirectory sections, LatenessPolicy lateness, Extensions extensions) {
        this.jdbc = jdbc;
        this.sections = sections;
        this.lateness = lateness;
        this.extensions = extensions;
    }

    public List<SectionStatus> statusOf(ReportingPeriod period) {
        Map<String, Latest> latest = new HashMap<>();
        jdbc.sql("""
                select c.*, f.first_received_at
                from current_monthly_count c
                join (select section_code, min(received_at) as first_received_at from monthly_count
                      where period = :period group by section_code) f using (section_code)
                where c.period = :period
                """)
            .param("period", Date.valueOf(period.firstDay()))
            .query(PeriodStatusQuery::latest)
            .list()
            .forEach(row -> latest.put(row.sectionCode(), row));
        return statusOf(period, latest, extensions.of(period));
    }

    /**
     * Every period's statuses from {@code from} to {@code to} (the 报送看板's year) in one
     * query, by the same rule as {@link #statusOf(ReportingPeriod)} but without the
     * counts, which are {@code null} here.
     */
    @Transactional(readOnly = true)
    public Map<ReportingPeriod, List<SectionStatus>> statusesBetween(ReportingPeriod from, ReportingPeriod to) {
        // Months as a number and times as epoch milliseconds: a year of a province is
        // hundreds of thousands of rows, and parsing dates and timestamps as text was
        // most of reading them.
        int first = monthNumber(from);
        int months = monthNumber(to) - first + 1;
        int expected = sections.all().size() * 4 / 3 + 16;
        List<Map<String, Latest>> latest = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            latest.add(new HashMap<>(expected));
        }
        jdbc.sql("""
                select cast(date_part('year', period) * 12 + date_part('month', period) - 1 as integer) as month,
                       section_code, max(version) as version,
                       cast(floor(date_part('epoch', min(received_at)) * 1000) as bigint) as first_received,
                       cast(floor(date_part('epoch', max(received_at)) * 1000) as bigint) as last_received
                from monthly_count where period between :from and :to
                group by period, section_code
                """)
            .param("from", Date.valueOf(from.firstDay()))
            .param("to", Date.valueOf(to.firstDay()))
            // Read through a cursor a few thousand rows at a time (in the read-only
            // transaction): the rows die young instead of filling the heap at once.
            .withFetchSize(5000)
            .query(rs -> {
                String code = rs.getString(2);
                latest.get(rs.getInt(1) - first)
                    .put(code, new Latest(code, rs.getInt(3), Instant.ofEpochMilli(rs.getLong(4)),
                            Instant.ofEpochMilli(rs.getLong(5)), null));
            });
        Map<ReportingPeriod, List<SectionStatus>> statuses = new LinkedHashMap<>();
        ReportingPeriod period = from;
        for (int i = 0; i < months; i++, period = period.next()) {
            statuses.put(period, statusOf(period, latest.get(i), extensions.of(period)));
        }
        return statuses;
    }

    /**
     * Changes whenever a submission or an extension is recorded: what a result of
     * {@link #statusesBetween} may be kept under, with the clock's minute.
     */
    public String dataStamp() {
        return jdbc.sql("""
                select coalesce((select max(file_id) from monthly_count), 0) || '/'
                       || coalesce((select max(id) from extension), 0)
                """).query(String.class).single();
    }

    private static int monthNumber(ReportingPeriod period) {
        return period.month().getYear() * 12 + period.month().getMonthValue() - 1;
    }

    /** The period's deadline is found once, not once a section. */
    private List<SectionStatus> statusOf(ReportingPeriod period, Map<String, Latest> latest,
            Map<String, LocalDate> extended) {
        Deadline due = lateness.deadline(period);
        return sections.mustReport(period)
            .stream()
            .map(section -> statusOf(section, period, due, latest.get(section.code()), extended.get(section.code())))
            .toList();
    }

    private SectionStatus statusOf(Section section, ReportingPeriod period, Deadline due, Latest row,
            LocalDate extendedTo) {
        // An extension to a day the section could report on anyway changes nothing, and
        // is not shown.
        LocalDate applied = extendedTo != null && extendedTo.isAfter(due.at().toLocalDate()) ? extendedTo : null;
        Deadline own = applied == null ? due : lateness.deadline(period, applied);
        if (row == null) {
            return new SectionStatus(section, lateness.assess(own, null), null, null, false, null, applied);
        }
        return new SectionStatus(section, lateness.assess(own, row.firstReceivedAt()), row.firstReceivedAt(),
                row.receivedAt(), row.version() > 1, row.counts(), applied);
    }

    private record Latest(String sectionCode, int version, Instant firstReceivedAt, Instant receivedAt,
            MonthlyCounts counts) {
    }

    private static Latest latest(ResultSet rs, int n) throws SQLException {
        return new Latest(rs.getString("section_code"), rs.getInt("version"),
                rs.getTimestamp("first_received_at").toInstant(), rs.getTimestamp("received_at").toInstant(),
                new MonthlyCounts(rs.getInt("inspection_total"), rs.getInt("inspection_enterprise"),
                        rs.getInt("penalty_total"), rs.getInt("penalty_enterprise"), rs.getInt("coercion_total"),
                        rs.getInt("coercion_enterprise")));
    }

}
