package cn.liulin.enforcement.extensions;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.liulin.enforcement.core.ReportingPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The approved extensions in force: the latest version for each section and period. */
@Component
public class Extensions {

    private final JdbcClient jdbc;

    Extensions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per section code, the day its deadline for the period was extended to; one query
     * for all sections.
     */
    public Map<String, LocalDate> of(ReportingPeriod period) {
        Map<String, LocalDate> until = new HashMap<>();
        jdbc.sql("""
                select distinct on (section_code) section_code, extended_to from extension
                where period = :period order by section_code, version desc
                """)
            .param("period", Date.valueOf(period.firstDay()))
            .query((rs, n) -> until.put(rs.getString(1), rs.getDate(2).toLocalDate()))
            .list();
        return until;
    }

}
