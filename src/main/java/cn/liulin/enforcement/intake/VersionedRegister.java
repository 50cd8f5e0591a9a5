package cn.liulin.enforcement.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How an accepted file's rows go into a register table: each row is the next version of
 * its entry (its natural key in {@code row_key}); the highest version is current. The
 * table starts with the columns {@code file_id, row_number, row_key, version};
 * {@code columns} and {@code values} give the rest.
 */
public record VersionedRegister<T>(String table, List<String> columns, Function<T, String> key,
        ToIntFunction<T> rowNumber, Function<T, Object[]> values) {

    /** Loads within the caller's transaction, with COPY. @return the rows loaded */
    public int load(JdbcClient jdbc, DataSource dataSource, List<T> rows, long fileId) {
        Map<String, Integer> versions = RowVersions.next(jdbc, table, rows.stream().map(key).toList());
        CopyLoader.copy(dataSource, "copy " + table + " (file_id, row_number, row_key, version, "
                + String.join(", ", columns) + ") from stdin (format csv)", rows, row -> {
                    List<Object> fields = new ArrayList<>(
                            List.of(fileId, rowNumber.applyAsInt(row), key.apply(row), versions.get(key.apply(row))));
                    fields.addAll(java.util.Arrays.asList(values.apply(row)));
                    return fields.toArray();
                });
        return rows.size();
    }
}
