package cn.liulin.enforcement.console;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who did what in the console, when: an append-only table (a trigger refuses updates and
 * deletes), written in the request's own statement so that an action without its line
 * cannot happen unnoticed. Times are the machine's, not the job's {@code reporting.now}.
 */
@Component
public class AuditLog {

    /** What a line records. */
    public enum Action {

        LOGIN("登录"), LOGIN_FAILED("登录失败"), UPLOAD("上传"), LAUNCH("运行报表"), STOP("停止作业"), RESTART("重新运行"), DOWNLOAD("下载");

        private final String chinese;

        Action(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }

    }

    /** One line of the audit. */
    public record Entry(long id, Instant at, String username, Action action, String subject, String outcome) {
    }

    private final JdbcClient jdbc;

    private final Clock clock = Clock.systemUTC();

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String username, Action action, String subject, String outcome) {
        jdbc.sql("""
                insert into console_audit (at, username, action, subject, outcome)
                values (:at, :name, :action, :subject, :outcome)
                """)
            .param("at", Timestamp.from(clock.instant()))
            .param("name", username.length() > 64 ? username.substring(0, 64) : username)
            .param("action", action.name())
            .param("subject", subject)
            .param("outcome", outcome)
            .update();
    }

    /** The newest lines first, {@code size} a page. */
    public List<Entry> page(int page, int size) {
        return jdbc.sql("select * from console_audit order by id desc limit :size offset :offset")
            .param("size", size)
            .param("offset", (long) page * size)
            .query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("username"),
                    Action.valueOf(rs.getString("action")), rs.getString("subject"), rs.getString("outcome")))
            .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from console_audit").query(Long.class).single();
    }

}
