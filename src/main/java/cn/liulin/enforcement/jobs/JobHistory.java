package cn.liulin.enforcement.jobs;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.liulin.enforcement.core.BureauZone;

import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The latest job executions from Spring Batch's own tables, with their steps' counts
 * summed: what the {@code jobs} command and the console's 作业 page show.
 */
@Component
public class JobHistory {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JdbcClient jdbc;

    private final String schedulerName;

    JobHistory(JdbcClient jdbc, QuartzProperties quartz) {
        this.jdbc = jdbc;
        this.schedulerName = quartz.getSchedulerName();
    }

    /** One job execution; {@code steps} sums up each step as "loadStep 读5 写5". */
    public record Run(long id, String jobName, String status, String parameters, String started, String duration,
            String steps, String exitMessage) {
    }

    public List<Run> latest(int limit) {
        return jdbc.sql("""
                select e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time, e.exit_message,
                       (select string_agg(p.parameter_name || '=' || p.parameter_value, ' ' order by p.parameter_name)
                          from batch_job_execution_params p
                         where p.job_execution_id = e.job_execution_id and p.parameter_name <> 'run') as params,
                       (select string_agg(s.step_name || ' 读' || s.read_count || ' 写' || s.write_count
                                   || case when s.filter_count + s.read_skip_count + s.process_skip_count
                                                + s.write_skip_count > 0
                                           then ' 跳过' || (s.filter_count + s.read_skip_count + s.process_skip_count
                                                + s.write_skip_count) else '' end, '；' order by s.step_execution_id)
                          from batch_step_execution s where s.job_execution_id = e.job_execution_id) as steps
                from batch_job_execution e
                join batch_job_instance i on i.job_instance_id = e.job_instance_id
                order by e.job_execution_id desc
                limit :limit
                """)
            .param("limit", limit)
            .query((rs, n) -> new Run(rs.getLong("job_execution_id"), rs.getString("job_name"), rs.getString("status"),
                    rs.getString("params") == null ? "" : rs.getString("params"), shown(rs.getTimestamp("start_time")),
                    duration(rs.getTimestamp("start_time"), rs.getTimestamp("end_time")),
                    rs.getString("steps") == null ? "" : rs.getString("steps"),
                    firstLine(rs.getString("exit_message"))))
            .list();
    }

    /**
     * A scheduled job: its description, cron expression, state and next fire time
     * (Asia/Shanghai).
     */
    public record Schedule(String name, String description, String cron, String state, String nextFire) {
    }

    public List<Schedule> schedules() {
        return jdbc.sql("""
                select t.trigger_name, t.description, c.cron_expression, t.trigger_state, t.next_fire_time
                from qrtz_triggers t
                left join qrtz_cron_triggers c on c.sched_name = t.sched_name and c.trigger_name = t.trigger_name
                     and c.trigger_group = t.trigger_group
                where t.sched_name = :scheduler
                order by t.next_fire_time
                """)
            .param("scheduler", schedulerName)
            .query((rs, n) -> new Schedule(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2),
                    rs.getString(3) == null ? "" : rs.getString(3), rs.getString(4),
                    rs.getLong(5) <= 0 ? "-"
                            : SHOWN.format(java.time.Instant.ofEpochMilli(rs.getLong(5)).atZone(BureauZone.ZONE))))
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
