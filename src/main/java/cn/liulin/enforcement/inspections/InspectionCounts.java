package cn.liulin.enforcement.inspections;

import java.sql.Date;
import java.util.HashMap;
import java.util.Map;

import cn.liulin.enforcement.core.ReportingPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A month's current 入企检查 rows per section: how many, and at how many enterprises. One
 * query.
 */
@Component
public class InspectionCounts {

    /** One section's month. */
    public record Counts(int inspections, int enterprises) {
    }

    private final JdbcClient jdbc;

    InspectionCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By section code; a section with no rows is absent. */
    public Map<String, Counts> bySection(ReportingPeriod period) {
        Map<String, Counts> counts = new HashMap<>();
        jdbc.sql("""
                select section_code, count(*), count(distinct credit_code) from current_inspection
                where month = :month group by section_code
                """)
            .param("month", Date.valueOf(period.firstDay()))
            .query((rs, n) -> counts.put(rs.getString(1), new Counts(rs.getInt(2), rs.getInt(3))))
            .list();
        return counts;
    }

    /** Enterprises inspected in the month by any section. */
    public int enterprises(ReportingPeriod period) {
        return jdbc.sql("select count(distinct credit_code) from current_inspection where month = :month")
            .param("month", Date.valueOf(period.firstDay()))
            .query(Integer.class)
            .single();
    }

}
