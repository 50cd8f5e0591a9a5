package cn.liulin.enforcement.submissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A section's counts for a whole year, from its months (current versions) where it has
 * any, else from its yearly row: months win, and a yearly row that disagrees with them is
 * a mismatch to report, never added.
 */
@Component
public class YearTotals {

    private final JdbcClient jdbc;

    YearTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param months how many months of the year have data
     * @param monthly the sum of those months ({@code ZERO} when none)
     * @param yearly the current yearly row, or null
     */
    public record Figures(String sectionCode, int year, int months, MonthlyCounts monthly, MonthlyCounts yearly) {

        /**
         * The figures the reports use: the months', else the yearly row's; null when the
         * year has neither.
         */
        public MonthlyCounts used() {
            return months > 0 ? monthly : yearly;
        }

        public boolean mismatch() {
            return months > 0 && yearly != null && !monthly.equals(yearly);
        }
    }

    /** Per section code and year, every section-year that has months or a yearly row. */
    public Map<String, Map<Integer, Figures>> all(int fromYear, int toYear) {
        Map<String, Map<Integer, Figures>> result = new HashMap<>();
        jdbc.sql("""
                with months as (
                    select section_code, extract(year from period)::int as year, count(*) as months,
                           sum(inspection_total) as it, sum(inspection_enterprise) as ie, sum(penalty_total) as pt,
                           sum(penalty_enterprise) as pe, sum(coercion_total) as ct, sum(coercion_enterprise) as ce
                    from current_monthly_count
                    where period >= make_date(:from, 1, 1) and period < make_date(:to + 1, 1, 1)
                    group by section_code, extract(year from period)
                ), years as (
                    select * from current_yearly_count where year between :from and :to
                )
                select coalesce(m.section_code, y.section_code) as section_code, coalesce(m.year, y.year) as year,
                       coalesce(m.months, 0) as months, m.it, m.ie, m.pt, m.pe, m.ct, m.ce,
                       y.id as yearly_id, y.inspection_total, y.inspection_enterprise, y.penalty_total,
                       y.penalty_enterprise, y.coercion_total, y.coercion_enterprise
                from months m full join years y on y.section_code = m.section_code and y.year = m.year
                """)
            .param("from", fromYear)
            .param("to", toYear)
            .query((rs, n) -> figures(rs))
            .list()
            .forEach(f -> result.computeIfAbsent(f.sectionCode(), code -> new HashMap<>()).put(f.year(), f));
        return result;
    }

    private static Figures figures(ResultSet rs) throws SQLException {
        int months = rs.getInt("months");
        MonthlyCounts monthly = months == 0 ? MonthlyCounts.ZERO : new MonthlyCounts(rs.getInt("it"), rs.getInt("ie"),
                rs.getInt("pt"), rs.getInt("pe"), rs.getInt("ct"), rs.getInt("ce"));
        rs.getLong("yearly_id");
        MonthlyCounts yearly = rs.wasNull() ? null
                : new MonthlyCounts(rs.getInt("inspection_total"), rs.getInt("inspection_enterprise"),
                        rs.getInt("penalty_total"), rs.getInt("penalty_enterprise"), rs.getInt("coercion_total"),
                        rs.getInt("coercion_enterprise"));
        return new Figures(rs.getString("section_code"), rs.getInt("year"), months, monthly, yearly);
    }

}
