package cn.liulin.enforcement.problems;

import java.sql.Date;
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
import cn.liulin.enforcement.sections.SectionDirectory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 附件2, the problem and rectification lists, through the common intake. */
@Component
class ProblemIntake implements KindIntake<Problem> {

    private final SectionDirectory sections;
    private final ReportingProperties properties;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    ProblemIntake(SectionDirectory sections, ReportingProperties properties, Clock clock, JdbcClient jdbc,
            JdbcTemplate jdbcTemplate) {
        this.sections = sections;
        this.properties = properties;
        this.clock = clock;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    public FileKind kind() {
        return FileKind.PROBLEMS;
    }

    @Override
    public boolean multiLineText() {
        return true;
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(ColumnSpec.required(ProblemRules.SECTION, "填报股室", "责任股室"),
                ColumnSpec.required(ProblemRules.FOUND, "发现时间"),
                ColumnSpec.required(ProblemRules.SOURCE, "问题来源"),
                ColumnSpec.required(ProblemRules.CATEGORY, "问题类型"),
                ColumnSpec.required(ProblemRules.DESCRIPTION, "问题内容"),
                ColumnSpec.required(ProblemRules.MEASURES),
                ColumnSpec.required(ProblemRules.RESPONSIBLE, "整改责任人"),
                ColumnSpec.required(ProblemRules.DUE, "整改期限"),
                ColumnSpec.required(ProblemRules.STATUS, "整改情况"),
                ColumnSpec.optional(ProblemRules.COMPLETED, "完成日期", "整改完成时间"));
    }

    @Override
    public RowRules<Problem> rules(Instant receivedAt) {
        return new ProblemRules(sections::find, properties.vocabularies(), LocalDate.ofInstant(receivedAt, clock.getZone()));
    }

    @Override
    public int load(List<Problem> rows, long fileId, Instant receivedAt) {
        Map<String, Integer> versions = RowVersions.next(jdbc, "problem", rows.stream().map(Problem::key).toList());
        jdbcTemplate.batchUpdate("""
                insert into problem (file_id, row_number, row_key, version, section_code, found_on, source, category,
                    description, measures, responsible, due_on, status, completed_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, 500, (ps, p) -> {
            ps.setLong(1, fileId);
            ps.setInt(2, p.rowNumber());
            ps.setString(3, p.key());
            ps.setInt(4, versions.get(p.key()));
            ps.setString(5, p.sectionCode());
            ps.setDate(6, Date.valueOf(p.foundOn()));
            ps.setString(7, p.source());
            ps.setString(8, p.category());
            ps.setString(9, p.description());
            ps.setString(10, p.measures());
            ps.setString(11, p.responsible());
            ps.setDate(12, Date.valueOf(p.dueOn()));
            ps.setString(13, p.status().name());
            ps.setDate(14, p.completedOn() == null ? null : Date.valueOf(p.completedOn()));
        });
        return rows.size();
    }

    @Override
    public List<String> describe(long fileId) {
        return jdbc.sql("""
                select count(*), count(*) filter (where version > 1), count(*) filter (where status = 'DONE')
                from problem where file_id = :file
                """).param("file", fileId)
                .query((rs, n) -> "问题 " + rs.getInt(1) + " 条（其中 " + rs.getInt(2) + " 条更新此前登记的同一问题），已整改 "
                        + rs.getInt(3) + " 条")
                .list();
    }
}
