package cn.liulin.enforcement.sections;

import java.time.Clock;

import cn.liulin.enforcement.ReportingProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class SectionsConfiguration {

    @Bean
    SectionDirectory sectionDirectory(JdbcClient jdbc, TransactionTemplate transactions,
            ReportingProperties properties, Clock clock) {
        return new SectionDirectory(jdbc, transactions, properties.sections(), clock);
    }
}
