package cn.liulin.enforcement.intake;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Loads rows with PostgreSQL's {@code COPY ... FROM STDIN}, on the connection of the
 * surrounding transaction, so a file's rows go in with the speed of COPY and still all or
 * none. Rows are sent in blocks as they are written, so PostgreSQL stores the first while
 * Java writes the next.
 */
public final class CopyLoader {

    private static final int BLOCK = 64 * 1024;

    private CopyLoader() {
    }

    /**
     * @param copy a {@code COPY table (columns) FROM STDIN (FORMAT csv)} statement
     * @param values each row's values in column order; null is written as an empty (NULL)
     * field, numbers as they are, anything else quoted (so an empty text stays an empty
     * text)
     */
    public static <T> long copy(DataSource dataSource, String copy, List<T> rows, Function<T, Object[]> values) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CopyIn in = null;
        try {
            in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
            StringBuilder csv = new StringBuilder(BLOCK + 1024);
            for (T row : rows) {
                append(csv, values.apply(row));
                if (csv.length() >= BLOCK) {
                    send(in, csv);
                }
            }
            send(in, csv);
            long copied = in.endCopy();
            in = null;
            return copied;
        }
        catch (SQLException e) {
            // As JdbcTemplate would say it, so that the caller tells refused data from a
            // lost database.
            var translated = new org.springframework.jdbc.support.SQLStateSQLExceptionTranslator().translate("COPY",
                    copy, e);
            throw translated != null ? translated
                    : new org.springframework.jdbc.UncategorizedSQLException("COPY", copy, e);
        }
        finally {
            cancel(in);
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void append(StringBuilder csv, Object[] fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object field = fields[i];
            if (field instanceof Number) {
                csv.append(field);
            }
            else if (field != null) {
                String text = field.toString();
                csv.append('"').append(text.indexOf('"') < 0 ? text : text.replace("\"", "\"\"")).append('"');
            }
        }
        csv.append('\n');
    }

    private static void send(CopyIn in, StringBuilder csv) throws SQLException {
        if (csv.length() > 0) {
            byte[] block = csv.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(block, 0, block.length);
            csv.setLength(0);
        }
    }

    private static void cancel(CopyIn in) {
        if (in != null && in.isActive()) {
            try {
                in.cancelCopy();
            }
            catch (SQLException e) {
                // The transaction is failing anyway; the original error is the one to
                // report.
            }
        }
    }

}
