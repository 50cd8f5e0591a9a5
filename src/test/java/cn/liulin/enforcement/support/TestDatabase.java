package cn.liulin.enforcement.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL for the whole test run (the same embedded server the application
 * starts by default), and a fresh empty database for each caller, so tests never see each
 * other's data.
 */
public final class TestDatabase {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    /** The JDBC URL of a new, empty database. */
    public static synchronized String newDatabaseUrl() {
        String name = "test_" + NEXT.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                }
                catch (IOException e) {
                    // the JVM is ending; the server's temp folder goes with it
                }
            }));
        }
        return server;
    }

}
