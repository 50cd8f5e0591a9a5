package cn.liulin.enforcement.sections;

import java.time.Clock;

import cn.liulin.enforcement.ReportingProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class SectionsConfiguration {

    @Bean
    SectionDirectory sectionDirectory(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transactions,
            ReportingProperties properties, Clock clock) {
        return new SectionDirectory(jdbc, jdbcTemplate, transactions, properties.sections(), clock);
    }

}
