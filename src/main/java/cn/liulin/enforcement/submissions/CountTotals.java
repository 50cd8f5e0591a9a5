package cn.liulin.enforcement.submissions;

import java.sql.Date;
import java.util.HashMap;
import java.util.Map;

import cn.liulin.enforcement.core.ReportingPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sums of the current (latest-version) monthly counts over a range of months, per
 * section: one query.
 */
@Component
public class CountTotals {

    private final JdbcClient jdbc;

    CountTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per section code, the counts of the months {@code from}..{@code to}, both included.
     */
    public Map<String, MonthlyCounts> bySection(ReportingPeriod from, ReportingPeriod to) {
        Map<String, MonthlyCounts> totals = new HashMap<>();
        jdbc.sql("""
                select section_code, sum(inspection_total), sum(inspection_enterprise), sum(penalty_total),
                       sum(penalty_enterprise), sum(coercion_total), sum(coercion_enterprise)
                from current_monthly_count where period between :from and :to
                group by section_code
                """)
            .param("from", Date.valueOf(from.firstDay()))
            .param("to", Date.valueOf(to.firstDay()))
            .query((rs, n) -> totals.put(rs.getString(1),
                    new MonthlyCounts(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                            rs.getInt(7))))
            .list();
        return totals;
    }

}
