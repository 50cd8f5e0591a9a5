package cn.liulin.enforcement.submissions;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.intake.ColumnSpec;
import cn.liulin.enforcement.intake.FileKind;
import cn.liulin.enforcement.intake.KindIntake;
import cn.liulin.enforcement.intake.RowRules;
import cn.liulin.enforcement.sections.SectionDirectory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 月度执法数据 through the common intake. Every accepted row becomes a new version of its section and
 * period; the highest version is the current figure, the first one fixes the received time.
 */
class MonthlyCountsIntake implements KindIntake<MonthlyCountRow> {

    private final SectionDirectory sections;
    private final YearMonth firstPeriod;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    MonthlyCountsIntake(SectionDirectory sections, YearMonth firstPeriod, Clock clock, JdbcClient jdbc,
            JdbcTemplate jdbcTemplate) {
        this.sections = sections;
        this.firstPeriod = firstPeriod;
        this.clock = clock;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    public FileKind kind() {
        return FileKind.MONTHLY_COUNTS;
    }

    @Override
    public List<ColumnSpec> columns() {
        return MonthlyCountColumns.ALL;
    }

    @Override
    public RowRules<MonthlyCountRow> rules(Instant receivedAt) {
        return new MonthlyCountRules(sections::find, firstPeriod, Clock.fixed(receivedAt, clock.getZone()));
    }

    @Override
    public int load(List<MonthlyCountRow> rows, long fileId, Instant receivedAt) {
        // Serialises version numbering across concurrent loads (two nodes, two files of one section).
        jdbc.sql("select pg_advisory_xact_lock(hashtext('monthly_count'))").query().singleValue();
        Map<String, Integer> versions = latestVersions(rows);
        Timestamp received = Timestamp.from(receivedAt);
        jdbcTemplate.batchUpdate("""
                insert into monthly_count (file_id, row_number, section_code, period, version, received_at,
                    inspection_total, inspection_enterprise, penalty_total, penalty_enterprise,
                    coercion_total, coercion_enterprise, reporter, phone, remark)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, 500, (ps, row) -> {
            MonthlyCounts c = row.counts();
            ps.setLong(1, fileId);
            ps.setInt(2, row.rowNumber());
            ps.setString(3, row.sectionCode());
            ps.setDate(4, Date.valueOf(row.period().firstDay()));
            ps.setInt(5, versions.getOrDefault(key(row), 0) + 1);
            ps.setTimestamp(6, received);
            ps.setInt(7, c.inspectionTotal());
            ps.setInt(8, c.inspectionEnterprise());
            ps.setInt(9, c.penaltyTotal());
            ps.setInt(10, c.penaltyEnterprise());
            ps.setInt(11, c.coercionTotal());
            ps.setInt(12, c.coercionEnterprise());
            ps.setString(13, row.reporter());
            ps.setString(14, row.phone());
            ps.setString(15, row.remark());
        });
        return rows.size();
    }

    @Override
    public List<String> describe(long fileId) {
        return jdbc.sql("""
                select m.row_number, s.name, m.period, m.version, m.inspection_total, m.inspection_enterprise, m.penalty_total,
                       m.penalty_enterprise, m.coercion_total, m.coercion_enterprise
                from monthly_count m join section s on s.code = m.section_code
                where m.file_id = :file order by m.row_number
                """).param("file", fileId)
                .query((rs, n) -> "第 %d 行 %s %s：行政检查 %d（涉企 %d），行政处罚 %d（涉企 %d），行政强制 %d（涉企 %d）%s"
                        .formatted(rs.getInt(1), rs.getString(2), rs.getDate(3).toLocalDate().toString().substring(0, 7),
                                rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                                rs.getInt(4) > 1 ? "（第 " + rs.getInt(4) + " 版，更正此前报送的数据）" : ""))
                .list();
    }

    private Map<String, Integer> latestVersions(List<MonthlyCountRow> rows) {
        String[] codes = rows.stream().map(MonthlyCountRow::sectionCode).toArray(String[]::new);
        String[] periods = rows.stream().map(row -> row.period().firstDay().toString()).toArray(String[]::new);
        Map<String, Integer> versions = new HashMap<>();
        jdbc.sql("""
                select m.section_code, m.period, max(m.version) as version
                from monthly_count m
                join unnest(:codes::varchar[], :periods::date[]) as k(code, period)
                  on m.section_code = k.code and m.period = k.period
                group by m.section_code, m.period
                """)
                .param("codes", codes).param("periods", periods)
                .query((rs, n) -> versions.put(rs.getString(1) + "/" + rs.getDate(2).toLocalDate().toString().substring(0, 7),
                        rs.getInt(3)))
                .list();
        return versions;
    }

    private static String key(MonthlyCountRow row) {
        return row.sectionCode() + "/" + row.period();
    }
}
