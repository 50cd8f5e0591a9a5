package cn.liulin.enforcement.submissions;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import cn.liulin.enforcement.intake.CopyLoader;
import cn.liulin.enforcement.intake.FileKind;
import cn.liulin.enforcement.intake.KindIntake;
import cn.liulin.enforcement.intake.RowRules;
import cn.liulin.enforcement.intake.RowVersions;
import cn.liulin.enforcement.sections.SectionDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 月度执法数据 through the common intake. Every accepted row becomes a new version of its
 * section and period; the highest version is the current figure, the first one fixes the
 * received time.
 */
class MonthlyCountsIntake implements KindIntake<MonthlyCountRow> {

    static final FileKind KIND = new FileKind("MONTHLY_COUNTS", "月度执法数据", MonthlyCountColumns.ALL, false,
            MonthlyCountColumns.SECTION);

    private final SectionDirectory sections;

    private final YearMonth firstPeriod;

    private final Clock clock;

    private final JdbcClient jdbc;

    private final DataSource dataSource;

    MonthlyCountsIntake(SectionDirectory sections, YearMonth firstPeriod, Clock clock, JdbcClient jdbc,
            DataSource dataSource) {
        this.sections = sections;
        this.firstPeriod = firstPeriod;
        this.clock = clock;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    public FileKind kind() {
        return KIND;
    }

    @Override
    public RowRules<MonthlyCountRow> rules(Instant receivedAt) {
        return new MonthlyCountRules(sections::find, firstPeriod, Clock.fixed(receivedAt, clock.getZone()));
    }

    @Override
    public int load(List<MonthlyCountRow> rows, long fileId, Instant receivedAt) {
        RowVersions.lock(jdbc, "monthly_count");
        Map<String, Integer> versions = latestVersions(rows);
        String received = receivedAt.toString();
        CopyLoader.copy(dataSource, """
                copy monthly_count (file_id, row_number, section_code, period, version, received_at,
                    inspection_total, inspection_enterprise, penalty_total, penalty_enterprise,
                    coercion_total, coercion_enterprise, reporter, phone, remark) from stdin (format csv)
                """, rows, row -> {
            MonthlyCounts c = row.counts();
            return new Object[] { fileId, row.rowNumber(), row.sectionCode(), row.period().firstDay(),
                    versions.getOrDefault(key(row), 0) + 1, received, c.inspectionTotal(), c.inspectionEnterprise(),
                    c.penaltyTotal(), c.penaltyEnterprise(), c.coercionTotal(), c.coercionEnterprise(), row.reporter(),
                    row.phone(), row.remark() };
        });
        return rows.size();
    }

    /**
     * A line per row, for the first {@value #LISTED_ROWS} rows: a province's file would
     * make a book of a receipt.
     */
    static final int LISTED_ROWS = 200;

    @Override
    public List<String> describe(long fileId) {
        List<String> lines = new java.util.ArrayList<>(jdbc
            .sql("""
                    select m.row_number, s.name, m.period, m.version, m.inspection_total, m.inspection_enterprise, m.penalty_total,
                           m.penalty_enterprise, m.coercion_total, m.coercion_enterprise
                    from monthly_count m join section s on s.code = m.section_code
                    where m.file_id = :file order by m.row_number limit :listed
                    """)
            .param("file", fileId)
            .param("listed", LISTED_ROWS)
            .query((rs, n) -> "第 %d 行 %s %s：行政检查 %d（涉企 %d），行政处罚 %d（涉企 %d），行政强制 %d（涉企 %d）%s".formatted(rs.getInt(1),
                    rs.getString(2), rs.getDate(3).toLocalDate().toString().substring(0, 7), rs.getInt(5), rs.getInt(6),
                    rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                    rs.getInt(4) > 1 ? "（第 " + rs.getInt(4) + " 版，更正此前报送的数据）" : ""))
            .list());
        int total = jdbc.sql("select count(*) from monthly_count where file_id = :file")
            .param("file", fileId)
            .query(Integer.class)
            .single();
        if (total > LISTED_ROWS) {
            lines.add("……另有 " + (total - LISTED_ROWS) + " 行，不逐行列出");
        }
        return lines;
    }

    /**
     * The latest version of every section in the file's periods: one index range per
     * period, not one probe per row.
     */
    private Map<String, Integer> latestVersions(List<MonthlyCountRow> rows) {
        String[] periods = rows.stream()
            .map(row -> row.period().firstDay().toString())
            .distinct()
            .toArray(String[]::new);
        Map<String, Integer> versions = new HashMap<>();
        jdbc.sql("""
                select section_code, period, max(version) from monthly_count
                where period = any(:periods::date[]) group by section_code, period
                """)
            .param("periods", periods)
            .query((rs, n) -> versions.put(rs.getString(1) + "/" + YearMonth.from(rs.getDate(2).toLocalDate()),
                    rs.getInt(3)))
            .list();
        return versions;
    }

    private static String key(MonthlyCountRow row) {
        return row.sectionCode() + "/" + row.period();
    }

}
