package cn.liulin.enforcement.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import cn.liulin.enforcement.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * COPY in blocks, on a real PostgreSQL: every row arrives, every text as written, or none
 * at all.
 */
class CopyLoaderTests {

    private final SingleConnectionDataSource dataSource = new SingleConnectionDataSource(TestDatabase.newDatabaseUrl(),
            true);

    @Test
    void rowsSpanningManyBlocksArriveWholeWithTheirTextsAsWritten() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("create table t (n int not null, name text, remark text)").update();
        List<Object[]> rows = new ArrayList<>(
                IntStream.range(0, 5000).mapToObj(i -> new Object[] { i, "第" + i + "执法单位", "备注，含逗号" + i }).toList());
        rows.add(new Object[] { 5000, "带\"引号\"的名称", "两行\n备注" });
        rows.add(new Object[] { 5001, "", null });
        long copied = CopyLoader.copy(dataSource, "copy t (n, name, remark) from stdin (format csv)", rows, row -> row);
        assertThat(copied).isEqualTo(5002);
        assertThat(jdbc.sql("select count(*) from t").query(Long.class).single()).isEqualTo(5002);
        assertThat(jdbc.sql("select name || '|' || remark from t where n = 5000").query(String.class).single())
            .isEqualTo("带\"引号\"的名称|两行\n备注");
        assertThat(jdbc.sql("select name = '' and remark is null from t where n = 5001").query(Boolean.class).single())
            .isTrue();
        assertThat(jdbc.sql("select remark from t where n = 4321").query(String.class).single())
            .isEqualTo("备注，含逗号4321");
    }

    @Test
    void aRowPostgresqlRefusesCancelsTheCopyAndLeavesNothing() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("create table u (n int not null check (n >= 0))").update();
        List<Object[]> rows = new ArrayList<>(IntStream.range(0, 20_000).mapToObj(i -> new Object[] { i }).toList());
        rows.add(new Object[] { -1 });
        assertThatThrownBy(() -> CopyLoader.copy(dataSource, "copy u (n) from stdin (format csv)", rows, row -> row))
            .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(jdbc.sql("select count(*) from u").query(Long.class).single()).isZero();
    }

}
