package cn.liulin.enforcement.complaints;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The current complaints (latest version of each) that occurred in a date range, in
 * order.
 */
@Component
public class ComplaintRegister {

    private final JdbcClient jdbc;

    ComplaintRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Complaint> occurredBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select * from current_complaint where occurred_on between :from and :to order by occurred_on, serial, id
                """)
            .param("from", Date.valueOf(from))
            .param("to", Date.valueOf(to))
            .query(ComplaintRegister::map)
            .list();
    }

    private static Complaint map(ResultSet rs, int n) throws SQLException {
        int inspections = rs.getInt("inspections");
        Integer inspectionCount = rs.wasNull() ? null : inspections;
        return new Complaint(rs.getInt("row_number"), rs.getString("serial"), rs.getString("title"),
                rs.getString("company"), rs.getDate("occurred_on").toLocalDate(), rs.getString("enforcement_unit"),
                rs.getString("enforcement_type"), rs.getString("nature"), rs.getString("content"),
                rs.getString("reporter"), rs.getString("contact"), rs.getString("supervision_method"),
                rs.getString("handling_result"), rs.getDate("handled_on").toLocalDate(), rs.getBoolean("referred"),
                rs.getInt("handled_persons"), rs.getBigDecimal("amount"), inspectionCount,
                rs.getBigDecimal("recovered"));
    }

}
