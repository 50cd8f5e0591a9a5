package cn.liulin.enforcement.extensions;

import java.time.Instant;
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

/** 延期报送审批 (spec 3.7), sent by the 执法股 through the same inbox as every kind. */
@Component
record ExtensionIntake(SectionDirectory sections, JdbcClient jdbc,
        DataSource dataSource) implements KindIntake<Extension> {

    static final FileKind KIND = new FileKind("EXTENSIONS", "延期报送审批",
            List.of(ColumnSpec.required(ExtensionRules.SECTION, "填报股室", "股室名称"),
                    ColumnSpec.required(ExtensionRules.PERIOD, "月份"),
                    ColumnSpec.required(ExtensionRules.UNTIL, "延期至", "延长至"),
                    ColumnSpec.required(ExtensionRules.APPROVER, "审批人"),
                    ColumnSpec.required(ExtensionRules.REASON, "延期理由", "原因")),
            true, null);

    private static final VersionedRegister<Extension> REGISTER = new VersionedRegister<>("extension",
            List.of("section_code", "period", "extended_to", "approver", "reason"), Extension::key,
            Extension::rowNumber,
            e -> new Object[] { e.sectionCode(), e.period().firstDay(), e.extendedTo(), e.approver(), e.reason() });

    @Override
    public FileKind kind() {
        return KIND;
    }

    @Override
    public RowRules<Extension> rules(Instant receivedAt) {
        return new ExtensionRules(sections::find);
    }

    @Override
    public int load(List<Extension> rows, long fileId, Instant receivedAt) {
        return REGISTER.load(jdbc, dataSource, rows, fileId);
    }

    @Override
    public List<String> describe(long fileId) {
        return jdbc.sql("""
                select s.name, e.period, e.extended_to, e.approver, e.version from extension e
                join section s on s.code = e.section_code where e.file_id = :file order by e.row_number
                """)
            .param("file", fileId)
            .query((rs, n) -> "%s %s 延至 %s（批准人：%s）%s".formatted(rs.getString(1),
                    rs.getDate(2).toLocalDate().toString().substring(0, 7), rs.getDate(3).toLocalDate(),
                    rs.getString(4), rs.getInt(5) > 1 ? "，取代此前登记的延期" : ""))
            .list();
    }
}
