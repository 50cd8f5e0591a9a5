package cn.liulin.enforcement.supervision;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.intake.ColumnSpec;
import cn.liulin.enforcement.intake.FileKind;
import cn.liulin.enforcement.intake.KindIntake;
import cn.liulin.enforcement.intake.RowRules;
import cn.liulin.enforcement.intake.VersionedRegister;
import cn.liulin.enforcement.intake.RowVersions;
import cn.liulin.enforcement.sections.SectionDirectory;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 执法监督台账 through the common intake. */
@Component
class SupervisionIntake implements KindIntake<SupervisionActivity> {

    static final FileKind KIND = new FileKind("SUPERVISION", "执法监督台账");

    private final SectionDirectory sections;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final DataSource dataSource;

    SupervisionIntake(SectionDirectory sections, Clock clock, JdbcClient jdbc, DataSource dataSource) {
        this.sections = sections;
        this.clock = clock;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    public FileKind kind() {
        return KIND;
    }

    @Override
    public boolean multiLineText() {
        return true;
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(ColumnSpec.required(SupervisionRules.DATE, "监督日期", "活动日期"),
                ColumnSpec.required(SupervisionRules.TYPE, "监督类型", "活动类型"),
                ColumnSpec.optional(SupervisionRules.SECTION, "股室"),
                ColumnSpec.optional(SupervisionRules.QUANTITY, "件数"),
                ColumnSpec.optional(SupervisionRules.NOTE, "备注"));
    }

    @Override
    public RowRules<SupervisionActivity> rules(Instant receivedAt) {
        return new SupervisionRules(sections::find, LocalDate.ofInstant(receivedAt, clock.getZone()));
    }

    private static final VersionedRegister<SupervisionActivity> REGISTER = new VersionedRegister<>(
            "supervision_activity", List.of("activity_date", "activity_type", "section_code", "quantity", "note"),
            SupervisionActivity::key, SupervisionActivity::rowNumber,
            row -> new Object[] {row.date(), row.type().name(), row.sectionCode(), row.quantity(), row.note()});

    @Override
    public int load(List<SupervisionActivity> rows, long fileId, Instant receivedAt) {
        return REGISTER.load(jdbc, dataSource, rows, fileId);
    }

    @Override
    public List<String> describe(long fileId) {
        return jdbc.sql("""
                select activity_type, count(*), sum(quantity) from supervision_activity where file_id = :file
                group by activity_type order by activity_type
                """).param("file", fileId)
                .query((rs, n) -> SupervisionType.valueOf(rs.getString(1)).chinese() + "：" + rs.getInt(2) + " 条记录，数量合计 "
                        + rs.getInt(3))
                .list();
    }
}
