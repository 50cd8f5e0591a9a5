package cn.liulin.enforcement.intake;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Version numbers for register rows: a later accepted file that names the same entry
 * (same natural key) adds the next version; the highest is current. Called inside the
 * loading transaction, after taking the table's advisory lock, so two loads never hand
 * out one number twice.
 */
public final class RowVersions {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private RowVersions() {
    }

    /**
     * @param table one of the register tables (a constant, never input)
     * @return per key, the number the next version gets
     */
    public static Map<String, Integer> next(JdbcClient jdbc, String table, Collection<String> keys) {
        lock(jdbc, table);
        Map<String, Integer> next = new HashMap<>();
        keys.forEach(key -> next.put(key, 1));
        jdbc.sql("select row_key, max(version) from " + table + " where row_key = any(:keys) group by row_key")
            .param("keys", keys.toArray(String[]::new))
            .query((rs, n) -> next.put(rs.getString(1), rs.getInt(2) + 1))
            .list();
        return next;
    }

    /**
     * Serialises version numbering on a table until the transaction ends: two loads (two
     * nodes, two files of one entry) must not both give out the same next version.
     */
    public static void lock(JdbcClient jdbc, String table) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:table))").param("table", table).query().singleValue();
    }

    /**
     * A natural key from its parts, compared as people would: spaces and width ignored.
     */
    public static String key(Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            key.append(part == null ? "" : SPACES.matcher(CellValues.plain(part.toString())).replaceAll(""))
                .append('|');
        }
        return key.toString();
    }

}
