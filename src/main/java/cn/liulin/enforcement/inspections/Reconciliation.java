package cn.liulin.enforcement.inspections;

import java.sql.Date;
import java.util.List;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.intake.FileKind;
import cn.liulin.enforcement.intake.ReceiptNotes;
import cn.liulin.enforcement.sections.Section;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per section and month, the reported 涉企行政检查 against the number of its 入企检查 rows (一致 / 差
 * N), from {@code reporting.inspections.reconcile-from}: a count that does not match the
 * section's own list is what the plan's §五(二) forbids. One query for all sections.
 */
@Component
public class Reconciliation implements ReceiptNotes {

    /**
     * @param reported the 涉企行政检查 of the section's current monthly counts, or null when
     * none came
     */
    public record Line(String section, Integer reported, int listed) {

        /** {@code 一致}, {@code 差 3（报送 22，登记 19）} or {@code 未报送件数（登记 4）}. */
        public String verdict() {
            if (reported == null) {
                return "未报送件数（登记 " + listed + "）";
            }
            return reported == listed ? "一致"
                    : "差 " + Math.abs(reported - listed) + "（报送 " + reported + "，登记 " + listed + "）";
        }

        public boolean matches() {
            return reported != null && reported == listed;
        }
    }

    private final JdbcClient jdbc;

    private final InspectionSettings settings;

    Reconciliation(JdbcClient jdbc, InspectionSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Whether the month is checked at all: on or after the configured first month. */
    public boolean checks(ReportingPeriod period) {
        return settings.reconcileFrom() != null && !period.month().isBefore(settings.reconcileFrom());
    }

    /** Why a month is not checked, for the report; empty when it is. */
    public String whyNot(ReportingPeriod period) {
        if (settings.reconcileFrom() == null) {
            return "未设置核对起始月份（reporting.inspections.reconcile-from），本月不核对报送件数与入企检查登记。";
        }
        return checks(period) ? "" : "本月早于核对起始月份 " + settings.reconcileFrom() + "，不核对。";
    }

    /**
     * In the receipt of whichever of the two files arrives second, the check for each
     * section and month it brought: the monthly counts against a list already there, or a
     * list against the counts.
     */
    @Override
    public List<String> notes(FileKind kind, long fileId) {
        if (settings.reconcileFrom() == null) {
            return List.of();
        }
        String pairs = switch (kind.name()) {
            case "MONTHLY_COUNTS" -> "select distinct section_code, period from monthly_count where file_id = :file";
            case "INSPECTIONS" -> "select distinct section_code, month from inspection where file_id = :file";
            default -> null;
        };
        if (pairs == null) {
            return List.of();
        }
        return jdbc.sql("""
                select s.name, p.period, m.inspection_enterprise,
                       (select count(*) from current_inspection i where i.section_code = p.code and i.month = p.period)
                from (%s) as p(code, period)
                join section s on s.code = p.code
                join current_monthly_count m on m.section_code = p.code and m.period = p.period
                join inspection_list l on l.section_code = p.code and l.month = p.period
                where p.period >= :from
                order by p.period, s.name
                """.formatted(pairs))
            .param("file", fileId)
            .param("from", Date.valueOf(settings.reconcileFrom().atDay(1)))
            .query((rs, n) -> {
                var line = new Line(rs.getString(1), rs.getInt(3), rs.getInt(4));
                String month = rs.getDate(2).toLocalDate().toString().substring(0, 7);
                return line.matches()
                        ? "核对：" + line.section() + " " + month + " 报送的涉企行政检查 " + line.reported() + " 件与入企检查登记一致"
                        : "提醒：" + line.section() + " " + month + " 报送的涉企行政检查 " + line.reported() + " 件，入企检查登记 "
                                + line.listed() + " 条，" + line.verdict().replaceFirst("（.*", "")
                                + "。请核对：改正件数请重报月度执法数据，改正清单请重报该月入企检查登记（本文件已接收）";
            })
            .list();
    }

    public List<Line> of(ReportingPeriod period, List<Section> sections) {
        if (!checks(period)) {
            return List.of();
        }
        return jdbc.sql("""
                select s.code, s.name, m.inspection_enterprise, coalesce(i.listed, 0)
                from unnest(:codes::text[]) with ordinality as c(code, position)
                join section s on s.code = c.code
                left join current_monthly_count m on m.section_code = s.code and m.period = :month
                left join (select section_code, count(*) as listed from current_inspection where month = :month
                           group by section_code) i on i.section_code = s.code
                order by c.position
                """)
            .param("codes", sections.stream().map(Section::code).toArray(String[]::new))
            .param("month", Date.valueOf(period.firstDay()))
            .query((rs, n) -> new Line(rs.getString(2), (Integer) rs.getObject(3), rs.getInt(4)))
            .list();
    }

}
