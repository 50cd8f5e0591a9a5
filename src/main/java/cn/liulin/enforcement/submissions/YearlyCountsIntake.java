package cn.liulin.enforcement.submissions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.intake.ColumnSpec;
import cn.liulin.enforcement.intake.FileKind;
import cn.liulin.enforcement.intake.KindIntake;
import cn.liulin.enforcement.intake.RowRules;
import cn.liulin.enforcement.intake.RowVersions;
import cn.liulin.enforcement.intake.VersionedRegister;
import cn.liulin.enforcement.sections.SectionDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 历年执法数据 through the common intake. Its receipt says, per row, whether months of that
 * year exist and disagree: the months win, and the mismatch is reported, never summed.
 */
@Component
class YearlyCountsIntake implements KindIntake<YearlyCountRow> {

    /** A section, a year, and the six counts of a month's file. */
    static final FileKind KIND = new FileKind("YEARLY_COUNTS", "历年执法数据",
            Stream.concat(
                    Stream.of(ColumnSpec.required(YearlyCountRules.SECTION, "填报股室", "报送股室", "股室名称"),
                            ColumnSpec.required(YearlyCountRules.YEAR, "年度", "统计年份")),
                    MonthlyCountColumns.ALL.subList(2, 8).stream())
                .toList(),
            false, YearlyCountRules.SECTION);

    private final SectionDirectory sections;

    private final ReportingProperties properties;

    private final Clock clock;

    private final JdbcClient jdbc;

    private final DataSource dataSource;

    private final YearTotals yearTotals;

    YearlyCountsIntake(SectionDirectory sections, ReportingProperties properties, Clock clock, JdbcClient jdbc,
            DataSource dataSource, YearTotals yearTotals) {
        this.sections = sections;
        this.properties = properties;
        this.clock = clock;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.yearTotals = yearTotals;
    }

    @Override
    public FileKind kind() {
        return KIND;
    }

    @Override
    public RowRules<YearlyCountRow> rules(Instant receivedAt) {
        return new YearlyCountRules(sections::find, properties.firstPeriod(), Clock.fixed(receivedAt, clock.getZone()));
    }

    @Override
    public int load(List<YearlyCountRow> rows, long fileId, Instant receivedAt) {
        String received = receivedAt.toString();
        return new VersionedRegister<YearlyCountRow>("yearly_count",
                List.of("section_code", "year", "received_at", "inspection_total", "inspection_enterprise",
                        "penalty_total", "penalty_enterprise", "coercion_total", "coercion_enterprise"),
                row -> RowVersions.key(row.sectionCode(), row.year()), YearlyCountRow::rowNumber, row -> {
                    MonthlyCounts c = row.counts();
                    return new Object[] { row.sectionCode(), row.year(), received, c.inspectionTotal(),
                            c.inspectionEnterprise(), c.penaltyTotal(), c.penaltyEnterprise(), c.coercionTotal(),
                            c.coercionEnterprise() };
                })
            .load(jdbc, dataSource, rows, fileId);
    }

    private record Registered(String code, String name, int year, int rowNumber) {
    }

    @Override
    public List<String> describe(long fileId) {
        List<Registered> rows = jdbc
            .sql("""
                    select y.section_code, s.name, y.year, y.row_number from yearly_count y join section s on s.code = y.section_code
                    where y.file_id = :file order by y.row_number
                    """)
            .param("file", fileId)
            .query((rs, n) -> new Registered(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
            .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        // One query for every section and year the file names, not one per row.
        var figures = yearTotals.all(rows.stream().mapToInt(Registered::year).min().getAsInt(),
                rows.stream().mapToInt(Registered::year).max().getAsInt());
        return rows.stream()
            .map(row -> describe(row, figures.getOrDefault(row.code(), Map.of()).get(row.year())))
            .toList();
    }

    private static String describe(Registered row, YearTotals.Figures figures) {
        String line = "第 " + row.rowNumber() + " 行 " + row.name() + " " + row.year() + " 年：已登记";
        if (figures == null || figures.months() == 0) {
            return line + "（该年没有月度数据，报表采用本年度数据）";
        }
        if (figures.mismatch()) {
            return line + "；注意：该年已有 " + figures.months() + " 个月的月度数据，合计为 " + figures.monthly().chinese() + "，与本年度数据 "
                    + figures.yearly().chinese() + " 不一致，报表以月度数据为准（不相加）";
        }
        return line + "（与该年 " + figures.months() + " 个月的月度数据合计一致）";
    }

}
