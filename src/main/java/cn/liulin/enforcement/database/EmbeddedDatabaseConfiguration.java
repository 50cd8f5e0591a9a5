package cn.liulin.enforcement.database;

import java.io.IOException;

import javax.sql.DataSource;

import cn.liulin.enforcement.ReportingProperties;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the job uses its own PostgreSQL keeping its data
 * in {@code <data-dir>/pg}, so that a newcomer's first command works on a bare machine.
 * It is the same PostgreSQL the bureau would run: no other database is ever used.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(ReportingProperties properties) throws IOException {
        return EmbeddedDatabase.in(properties.dataDir().resolve("pg").toAbsolutePath());
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase embeddedDatabase) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(embeddedDatabase.jdbcUrl());
        dataSource.setMaximumPoolSize(8);
        return dataSource;
    }

}
