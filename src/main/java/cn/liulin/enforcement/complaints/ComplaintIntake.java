package cn.liulin.enforcement.complaints;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.intake.FileKind;
import cn.liulin.enforcement.intake.KindIntake;
import cn.liulin.enforcement.intake.RowRules;
import cn.liulin.enforcement.intake.VersionedRegister;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 附件3, the 12345 complaint register, through the common intake. The database keeps
 * personal data whole.
 */
@Component
record ComplaintIntake(ReportingProperties properties, Clock clock, JdbcClient jdbc,
        DataSource dataSource) implements KindIntake<Complaint> {

    static final FileKind KIND = new FileKind("COMPLAINTS", "12345投诉举报信息汇总表", ComplaintColumns.ALL, true, null);

    @Override
    public FileKind kind() {
        return KIND;
    }

    @Override
    public RowRules<Complaint> rules(Instant receivedAt) {
        return new ComplaintRules(properties.vocabularies(), LocalDate.ofInstant(receivedAt, clock.getZone()));
    }

    private static final VersionedRegister<Complaint> REGISTER = new VersionedRegister<>(
            "complaint", List.of("serial", "title", "company", "occurred_on", "enforcement_unit", "enforcement_type",
                    "nature", "content", "reporter", "contact", "supervision_method", "handling_result", "handled_on",
                    "referred", "handled_persons", "amount", "inspections", "recovered"),
            Complaint::key, Complaint::rowNumber,
            c -> new Object[] { c.serial(), c.title(), c.company(), c.occurredOn(), c.enforcementUnit(),
                    c.enforcementType(), c.nature(), c.content(), c.reporter(), c.contact(), c.supervisionMethod(),
                    c.handlingResult(), c.handledOn(), c.referred(), c.handledPersons(), c.amount(), c.inspections(),
                    c.recovered() });

    @Override
    public int load(List<Complaint> rows, long fileId, Instant receivedAt) {
        return REGISTER.load(jdbc, dataSource, rows, fileId);
    }

    @Override
    public List<String> describe(long fileId) {
        return jdbc.sql("""
                select count(*), count(*) filter (where version > 1), count(*) filter (where referred),
                       coalesce(sum(recovered), 0)
                from complaint where file_id = :file
                """)
            .param("file", fileId)
            .query((rs, n) -> "投诉举报 " + rs.getInt(1) + " 条（其中 " + rs.getInt(2) + " 条更新此前登记的同一投诉），移送纪检监察机关 "
                    + rs.getInt(3) + " 条，为企业挽回损失 " + rs.getBigDecimal(4).toPlainString() + " 元")
            .list();
    }

}
