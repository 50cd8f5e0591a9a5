package cn.liulin.enforcement.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Who is running a job execution: while it runs, its process holds a PostgreSQL session
 * advisory lock named after it. A process that dies (kill -9, power cut) loses its
 * session and so its locks: an execution left STARTED whose lock is free has no owner
 * left and can be recovered, on any node.
 */
@Component
public class JobOwnership implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(JobOwnership.class);

    /**
     * The advisory-lock class of job executions (two-key form, apart from every other
     * lock).
     */
    private static final int LOCK_CLASS = 0x4A4F4221;

    private final DataSource dataSource;

    private final Map<Long, Connection> held = new ConcurrentHashMap<>();

    JobOwnership(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            lock(connection, "select pg_advisory_lock(?, ?)", execution.getId());
            held.put(execution.getId(), connection);
        }
        catch (SQLException e) {
            throw new IllegalStateException("无法登记作业 #" + execution.getId() + " 的运行者", e);
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        Connection connection = held.remove(execution.getId());
        if (connection == null) {
            return;
        }
        try (connection) {
            lock(connection, "select pg_advisory_unlock(?, ?)", execution.getId());
        }
        catch (SQLException e) {
            log.warn("释放作业 #{} 的运行者登记失败（连接关闭时会自动释放）", execution.getId(), e);
        }
    }

    /** The executions this process is running now. */
    public Set<Long> runningHere() {
        return Set.copyOf(held.keySet());
    }

    /** Whether nobody holds the execution's lock any more: its process is gone. */
    public boolean isOrphaned(long executionId) {
        if (held.containsKey(executionId)) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (lock(connection, "select pg_try_advisory_lock(?, ?)", executionId)) {
                lock(connection, "select pg_advisory_unlock(?, ?)", executionId);
                return true;
            }
            return false;
        }
        catch (SQLException e) {
            throw new IllegalStateException("无法查询作业 #" + executionId + " 的运行者", e);
        }
    }

    private static boolean lock(Connection connection, String sql, long executionId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, LOCK_CLASS);
            statement.setInt(2, (int) executionId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                Object value = result.getObject(1);
                return !(value instanceof Boolean b) || b;
            }
        }
    }

}
