package cn.liulin.enforcement.complaints;

import java.sql.Date;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.intake.ColumnSpec;
import cn.liulin.enforcement.intake.FileKind;
import cn.liulin.enforcement.intake.KindIntake;
import cn.liulin.enforcement.intake.RowRules;
import cn.liulin.enforcement.intake.RowVersions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 附件3, the 12345 complaint register, through the common intake. The database keeps personal data whole. */
@Component
class ComplaintIntake implements KindIntake<Complaint> {

    private final ReportingProperties properties;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    ComplaintIntake(ReportingProperties properties, Clock clock, JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.properties = properties;
        this.clock = clock;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    public FileKind kind() {
        return FileKind.COMPLAINTS;
    }

    @Override
    public boolean multiLineText() {
        return true;
    }

    @Override
    public List<ColumnSpec> columns() {
        return ComplaintColumns.ALL;
    }

    @Override
    public RowRules<Complaint> rules(Instant receivedAt) {
        return new ComplaintRules(properties.vocabularies(), LocalDate.ofInstant(receivedAt, clock.getZone()));
    }

    @Override
    public int load(List<Complaint> rows, long fileId, Instant receivedAt) {
        Map<String, Integer> versions = RowVersions.next(jdbc, "complaint", rows.stream().map(Complaint::key).toList());
        jdbcTemplate.batchUpdate("""
                insert into complaint (file_id, row_number, row_key, version, serial, title, company, occurred_on,
                    enforcement_unit, enforcement_type, nature, content, reporter, contact, supervision_method,
                    handling_result, handled_on, referred, handled_persons, amount, inspections, recovered)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, 500, (ps, c) -> {
            ps.setLong(1, fileId);
            ps.setInt(2, c.rowNumber());
            ps.setString(3, c.key());
            ps.setInt(4, versions.get(c.key()));
            ps.setString(5, c.serial());
            ps.setString(6, c.title());
            ps.setString(7, c.company());
            ps.setDate(8, Date.valueOf(c.occurredOn()));
            ps.setString(9, c.enforcementUnit());
            ps.setString(10, c.enforcementType());
            ps.setString(11, c.nature());
            ps.setString(12, c.content());
            ps.setString(13, c.reporter());
            ps.setString(14, c.contact());
            ps.setString(15, c.supervisionMethod());
            ps.setString(16, c.handlingResult());
            ps.setDate(17, Date.valueOf(c.handledOn()));
            ps.setBoolean(18, c.referred());
            ps.setInt(19, c.handledPersons());
            ps.setBigDecimal(20, c.amount());
            if (c.inspections() == null) {
                ps.setNull(21, Types.INTEGER);
            }
            else {
                ps.setInt(21, c.inspections());
            }
            ps.setBigDecimal(22, c.recovered());
        });
        return rows.size();
    }

    @Override
    public List<String> describe(long fileId) {
        return jdbc.sql("""
                select count(*), count(*) filter (where version > 1), count(*) filter (where referred),
                       coalesce(sum(recovered), 0)
                from complaint where file_id = :file
                """).param("file", fileId)
                .query((rs, n) -> "投诉举报 " + rs.getInt(1) + " 条（其中 " + rs.getInt(2) + " 条更新此前登记的同一投诉），移送纪检监察机关 "
                        + rs.getInt(3) + " 条，为企业挽回损失 " + rs.getBigDecimal(4).toPlainString() + " 元")
                .list();
    }
}
