package cn.liulin.enforcement.cli;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The latest job executions from Spring Batch's own tables, with their steps' counts summed. */
@Component
class JobHistory {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JdbcClient jdbc;

    JobHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Run(long id, String jobName, String status, String parameters, String started, String duration, long read,
            long written, long skipped, String exitMessage) {
    }

    List<Run> latest(int limit) {
        return jdbc.sql("""
                select e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time, e.exit_message,
                       (select string_agg(p.parameter_name || '=' || p.parameter_value, ' ' order by p.parameter_name)
                          from batch_job_execution_params p
                         where p.job_execution_id = e.job_execution_id and p.identifying = 'Y'
                           and p.parameter_name <> 'run') as params,
                       coalesce(sum(s.read_count), 0) as read_count, coalesce(sum(s.write_count), 0) as write_count,
                       coalesce(sum(s.read_skip_count + s.process_skip_count + s.write_skip_count + s.filter_count), 0) as skipped
                from batch_job_execution e
                join batch_job_instance i on i.job_instance_id = e.job_instance_id
                left join batch_step_execution s on s.job_execution_id = e.job_execution_id
                group by e.job_execution_id, i.job_name
                order by e.job_execution_id desc
                limit :limit
                """).param("limit", limit)
                .query((rs, n) -> new Run(rs.getLong("job_execution_id"), rs.getString("job_name"),
                        rs.getString("status"), rs.getString("params") == null ? "" : rs.getString("params"),
                        shown(rs.getTimestamp("start_time")),
                        duration(rs.getTimestamp("start_time"), rs.getTimestamp("end_time")),
                        rs.getLong("read_count"), rs.getLong("write_count"), rs.getLong("skipped"),
                        firstLine(rs.getString("exit_message"))))
                .list();
    }

    private static String shown(Timestamp time) {
        return time == null ? "-" : SHOWN.format(time.toLocalDateTime());
    }

    private static String duration(Timestamp start, Timestamp end) {
        if (start == null || end == null) {
            return "-";
        }
        Duration d = Duration.between(start.toInstant(), end.toInstant());
        return d.toSeconds() >= 60 ? d.toMinutes() + "分" + d.toSecondsPart() + "秒"
                : String.format("%.1f秒", d.toMillis() / 1000.0);
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
