package cn.liulin.enforcement.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import cn.liulin.enforcement.intake.ColumnSpec;
import cn.liulin.enforcement.intake.FileKind;
import cn.liulin.enforcement.intake.KindIntake;
import cn.liulin.enforcement.intake.RowRules;
import cn.liulin.enforcement.intake.VersionedRegister;
import cn.liulin.enforcement.sections.SectionDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 执法监督台账 through the common intake. */
@Component
record SupervisionIntake(SectionDirectory sections, Clock clock, JdbcClient jdbc,
        DataSource dataSource) implements KindIntake<SupervisionActivity> {

    static final FileKind KIND = new FileKind("SUPERVISION", "执法监督台账",
            List.of(ColumnSpec.required(SupervisionRules.DATE, "监督日期", "活动日期"),
                    ColumnSpec.required(SupervisionRules.TYPE, "监督类型", "活动类型"),
                    ColumnSpec.optional(SupervisionRules.SECTION, "股室"),
                    ColumnSpec.optional(SupervisionRules.QUANTITY, "件数"),
                    ColumnSpec.optional(SupervisionRules.NOTE, "备注")),
            true, null);

    @Override
    public FileKind kind() {
        return KIND;
    }

    @Override
    public RowRules<SupervisionActivity> rules(Instant receivedAt) {
        return new SupervisionRules(sections::find, LocalDate.ofInstant(receivedAt, clock.getZone()));
    }

    private static final VersionedRegister<SupervisionActivity> REGISTER = new VersionedRegister<>(
            "supervision_activity", List.of("activity_date", "activity_type", "section_code", "quantity", "note"),
            SupervisionActivity::key, SupervisionActivity::rowNumber,
            row -> new Object[] { row.date(), row.type().name(), row.sectionCode(), row.quantity(), row.note() });

    @Override
    public int load(List<SupervisionActivity> rows, long fileId, Instant receivedAt) {
        return REGISTER.load(jdbc, dataSource, rows, fileId);
    }

    @Override
    public List<String> describe(long fileId) {
        return jdbc.sql("""
                select activity_type, count(*), sum(quantity) from supervision_activity where file_id = :file
                group by activity_type order by activity_type
                """)
            .param("file", fileId)
            .query((rs, n) -> SupervisionType.valueOf(rs.getString(1)).chinese() + "：" + rs.getInt(2) + " 条记录，数量合计 "
                    + rs.getInt(3))
            .list();
    }

}
