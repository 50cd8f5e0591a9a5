package cn.liulin.enforcement.scheduling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * A named lock held in PostgreSQL for as long as a piece of work runs, across threads,
 * processes and nodes; released by the database if the holder dies. Used where two nodes
 * could start the same work at the same moment (catch-up at start and at a fire).
 */
@Component
class ClusterLock {

    private final DataSource dataSource;

    ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs the work if nobody else holds the lock; empty when somebody does (they are
     * doing the work).
     */
    <T> Optional<T> ifFree(String name, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!call(connection, "select pg_try_advisory_lock(hashtext(?))", name)) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.get());
            }
            finally {
                call(connection, "select pg_advisory_unlock(hashtext(?))", name);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("无法取得集群锁 " + name, e);
        }
    }

    private static boolean call(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

}
