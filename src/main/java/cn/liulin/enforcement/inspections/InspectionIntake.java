package cn.liulin.enforcement.inspections;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.intake.ColumnSpec;
import cn.liulin.enforcement.intake.CopyLoader;
import cn.liulin.enforcement.intake.FileKind;
import cn.liulin.enforcement.intake.KindIntake;
import cn.liulin.enforcement.intake.RowRules;
import cn.liulin.enforcement.intake.RowVersions;
import cn.liulin.enforcement.sections.SectionDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 入企检查登记 (spec 3.6) through the common intake. A file is its sections' lists for the
 * months its rows fall in: each (section, month) it has rows for gets a new version of
 * that list, which replaces the one before, so that a section corrects a month by sending
 * that month's whole list again.
 */
@Component
record InspectionIntake(SectionDirectory sections, InspectionSettings settings, ReportingProperties properties,
        Clock clock, JdbcClient jdbc, DataSource dataSource) implements KindIntake<Inspection> {

    static final FileKind KIND = new FileKind("INSPECTIONS", "入企检查登记",
            List.of(ColumnSpec.required(InspectionRules.DATE, "入企日期"),
                    ColumnSpec.required(InspectionRules.SECTION, "检查股室", "填报股室"),
                    ColumnSpec.required(InspectionRules.ENTERPRISE, "被检查企业", "企业"),
                    ColumnSpec.required(InspectionRules.CODE, "信用代码", "社会信用代码"),
                    ColumnSpec.required(InspectionRules.INDUSTRY, "行业"), ColumnSpec.required(InspectionRules.ITEM),
                    ColumnSpec.required(InspectionRules.SOURCE), ColumnSpec.optional(InspectionRules.JOINT, "是否联合检查"),
                    ColumnSpec.required(InspectionRules.INSPECTORS, "检查人员"),
                    ColumnSpec.optional(InspectionRules.FILED, "报备时间"), ColumnSpec.optional(InspectionRules.NOTICE),
                    ColumnSpec.optional(InspectionRules.PUBLICITY), ColumnSpec.optional(InspectionRules.FEEDBACK),
                    ColumnSpec.optional(InspectionRules.SYSTEM), ColumnSpec.required(InspectionRules.RESULT)),
            false, InspectionRules.SECTION);

    @Override
    public FileKind kind() {
        return KIND;
    }

    @Override
    public RowRules<Inspection> rules(Instant receivedAt) {
        return new InspectionRules(sections::find, settings, properties.firstPeriod(),
                LocalDate.ofInstant(receivedAt, clock.getZone()));
    }

    @Override
    public int load(List<Inspection> rows, long fileId, Instant receivedAt) {
        RowVersions.lock(jdbc, "inspection");
        Map<String, Integer> versions = nextVersions(rows);
        CopyLoader.copy(dataSource, """
                copy inspection (file_id, row_number, section_code, month, list_version, inspected_on, enterprise,
                    credit_code, industry, item, source, joint, inspectors, filed_on, notice, publicity, feedback,
                    system_number, result) from stdin (format csv)
                """, rows,
                i -> new Object[] { fileId, i.rowNumber(), i.sectionCode(), i.month().atDay(1),
                        versions.get(list(i.sectionCode(), i.month().atDay(1))), i.inspectedOn(), i.enterprise(),
                        i.creditCode(), i.industry(), i.item(), i.source(), i.joint(), array(i.inspectors()),
                        i.filedOn(), i.notice(), i.publicity(), i.feedback(), i.systemNumber(), i.result() });
        jdbc.sql("""
                insert into inspection_list (section_code, month, version, file_id)
                select distinct section_code, month, list_version, file_id from inspection where file_id = :file
                on conflict (section_code, month) do update set version = excluded.version, file_id = excluded.file_id
                """).param("file", fileId).update();
        return rows.size();
    }

    /**
     * Per section and month of the file, the version its list gets: one query for the
     * whole file.
     */
    private Map<String, Integer> nextVersions(List<Inspection> rows) {
        Map<String, Integer> next = new HashMap<>();
        rows.forEach(i -> next.put(list(i.sectionCode(), i.month().atDay(1)), 1));
        String[] codes = next.keySet().stream().map(key -> key.split("\\|")[0]).toArray(String[]::new);
        String[] months = next.keySet().stream().map(key -> key.split("\\|")[1]).toArray(String[]::new);
        jdbc.sql("""
                select section_code, month, max(list_version) from inspection
                where (section_code, month) in (select * from unnest(:codes::text[], :months::date[]))
                group by section_code, month
                """)
            .param("codes", codes)
            .param("months", months)
            .query((rs, n) -> next.put(list(rs.getString(1), rs.getDate(2).toLocalDate()), rs.getInt(3) + 1))
            .list();
        return next;
    }

    private static String list(String sectionCode, LocalDate month) {
        return sectionCode + "|" + month;
    }

    /**
     * A PostgreSQL array literal of names (which hold no separators: they were split on
     * them).
     */
    private static String array(List<String> names) {
        return names.stream()
            .map(name -> "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
            .collect(Collectors.joining(",", "{", "}"));
    }

    @Override
    public List<String> describe(long fileId) {
        return jdbc
            .sql("""
                    select s.name, i.month, count(*), i.list_version from inspection i join section s on s.code = i.section_code
                    where i.file_id = :file group by s.name, i.month, i.list_version order by i.month, s.name
                    """)
            .param("file", fileId)
            .query((rs, n) -> "%s %s 入企检查 %d 条%s".formatted(rs.getString(1),
                    rs.getDate(2).toLocalDate().toString().substring(0, 7), rs.getInt(3),
                    rs.getInt(4) > 1 ? "（第 " + rs.getInt(4) + " 版，取代此前报送的该月清单）" : ""))
            .list();
    }
}
