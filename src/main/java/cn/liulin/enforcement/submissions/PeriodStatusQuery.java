package cn.liulin.enforcement.submissions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.lateness.LatenessPolicy;
import cn.liulin.enforcement.sections.Section;
import cn.liulin.enforcement.sections.SectionDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every section that must report for a period, with its verdict and current counts: one
 * query.
 */
@Component
public class PeriodStatusQuery {

    private final JdbcClient jdbc;

    private final SectionDirectory sections;

    private final LatenessPolicy lateness;

    PeriodStatusQuery(JdbcClient jdbc, SectionDirectory sections, LatenessPolicy lateness) {
        this.jdbc = jdbc;
        this.sections = sections;
        this.lateness = lateness;
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
        return sections.mustReport(period)
            .stream()
            .map(section -> statusOf(section, period, latest.get(section.code())))
            .toList();
    }

    private SectionStatus statusOf(Section section, ReportingPeriod period, Latest row) {
        if (row == null) {
            return new SectionStatus(section, lateness.assess(period, null), null, null, false, null);
        }
        return new SectionStatus(section, lateness.assess(period, row.firstReceivedAt()), row.firstReceivedAt(),
                row.receivedAt(), row.version() > 1, row.counts());
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
