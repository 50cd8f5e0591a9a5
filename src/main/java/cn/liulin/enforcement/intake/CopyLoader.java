package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Loads rows with PostgreSQL's {@code COPY ... FROM STDIN}, on the connection of the surrounding
 * transaction, so a file's rows go in with the speed of COPY and still all or none.
 */
public final class CopyLoader {

    private CopyLoader() {
    }

    /**
     * @param copy a {@code COPY table (columns) FROM STDIN (FORMAT csv)} statement
     * @param values each row's values in column order; null is written as an empty (NULL) field
     */
    public static <T> long copy(DataSource dataSource, String copy, List<T> rows, Function<T, Object[]> values) {
        StringBuilder csv = new StringBuilder(rows.size() * 96);
        for (T row : rows) {
            Object[] fields = values.apply(row);
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                if (fields[i] != null) {
                    csv.append('"').append(fields[i].toString().replace("\"", "\"\"")).append('"');
                }
            }
            csv.append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(csv.toString()));
        }
        catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY 入库失败：" + e.getMessage(), e);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
