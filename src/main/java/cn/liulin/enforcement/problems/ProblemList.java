package cn.liulin.enforcement.problems;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The current problems (latest version of each), by section in the sections file's order,
 * then by date.
 */
@Component
public class ProblemList {

    private final JdbcClient jdbc;

    ProblemList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A problem as the list shows it on a given day. */
    public record Entry(String section, Problem problem, int daysOverdue) {

        /** Past its 整改时限 and not 已整改. */
        public boolean overdue() {
            return daysOverdue > 0;
        }
    }

    public List<Entry> asOf(LocalDate day) {
        return jdbc.sql("""
                select p.*, s.name as section_name
                from current_problem p
                join section s on s.code = p.section_code
                order by s.sort_order, p.found_on, p.id
                """).query((rs, n) -> entry(rs, day)).list();
    }

    /**
     * Overdue when past its deadline on {@code day} and not rectified: a pure rule,
     * tested on its own.
     */
    public static int daysOverdue(Problem problem, LocalDate day) {
        if (problem.status() == RectificationStatus.DONE || !day.isAfter(problem.dueOn())) {
            return 0;
        }
        return (int) ChronoUnit.DAYS.between(problem.dueOn(), day);
    }

    private static Entry entry(ResultSet rs, LocalDate day) throws SQLException {
        var completed = rs.getDate("completed_on");
        Problem problem = new Problem(rs.getInt("row_number"), rs.getString("section_code"),
                rs.getDate("found_on").toLocalDate(), rs.getString("source"), rs.getString("category"),
                rs.getString("description"), rs.getString("measures"), rs.getString("responsible"),
                rs.getDate("due_on").toLocalDate(), RectificationStatus.valueOf(rs.getString("status")),
                completed == null ? null : completed.toLocalDate());
        return new Entry(rs.getString("section_name"), problem, daysOverdue(problem, day));
    }

}
