package cn.liulin.enforcement.problems;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.intake.ColumnSpec;
import cn.liulin.enforcement.intake.FileKind;
import cn.liulin.enforcement.intake.KindIntake;
import cn.liulin.enforcement.intake.RowRules;
import cn.liulin.enforcement.intake.VersionedRegister;
import cn.liulin.enforcement.sections.SectionDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 附件2, the problem and rectification lists, through the common intake. */
@Component
record ProblemIntake(SectionDirectory sections, ReportingProperties properties, Clock clock, JdbcClient jdbc,
        DataSource dataSource) implements KindIntake<Problem> {

    static final FileKind KIND = new FileKind("PROBLEMS", "问题清单及整改责任清单",
            List.of(ColumnSpec.required(ProblemRules.SECTION, "填报股室", "责任股室"),
                    ColumnSpec.required(ProblemRules.FOUND, "发现时间"), ColumnSpec.required(ProblemRules.SOURCE, "问题来源"),
                    ColumnSpec.required(ProblemRules.CATEGORY, "问题类型"),
                    ColumnSpec.required(ProblemRules.DESCRIPTION, "问题内容"), ColumnSpec.required(ProblemRules.MEASURES),
                    ColumnSpec.required(ProblemRules.RESPONSIBLE, "整改责任人"),
                    ColumnSpec.required(ProblemRules.DUE, "整改期限"), ColumnSpec.required(ProblemRules.STATUS, "整改情况"),
                    ColumnSpec.optional(ProblemRules.COMPLETED, "完成日期", "整改完成时间")),
            true, ProblemRules.SECTION);

    @Override
    public FileKind kind() {
        return KIND;
    }

    @Override
    public RowRules<Problem> rules(Instant receivedAt) {
        return new ProblemRules(sections::find, properties.vocabularies(),
                LocalDate.ofInstant(receivedAt, clock.getZone()));
    }

    private static final VersionedRegister<Problem> REGISTER = new VersionedRegister<>("problem",
            List.of("section_code", "found_on", "source", "category", "description", "measures", "responsible",
                    "due_on", "status", "completed_on"),
            Problem::key, Problem::rowNumber,
            p -> new Object[] { p.sectionCode(), p.foundOn(), p.source(), p.category(), p.description(), p.measures(),
                    p.responsible(), p.dueOn(), p.status().name(), p.completedOn() });

    @Override
    public int load(List<Problem> rows, long fileId, Instant receivedAt) {
        return REGISTER.load(jdbc, dataSource, rows, fileId);
    }

    @Override
    public List<String> describe(long fileId) {
        return jdbc.sql("""
                select count(*), count(*) filter (where version > 1), count(*) filter (where status = 'DONE')
                from problem where file_id = :file
                """)
            .param("file", fileId)
            .query((rs, n) -> "问题 " + rs.getInt(1) + " 条（其中 " + rs.getInt(2) + " 条更新此前登记的同一问题），已整改 " + rs.getInt(3)
                    + " 条")
            .list();
    }

}
