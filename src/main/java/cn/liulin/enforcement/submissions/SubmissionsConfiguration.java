package cn.liulin.enforcement.submissions;

import java.time.Clock;

import javax.sql.DataSource;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.sections.SectionDirectory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class SubmissionsConfiguration {

    /**
     * First among the kinds: the example a receipt shows when a file has no header it
     * knows.
     */
    @Bean
    @Order(1)
    MonthlyCountsIntake monthlyCountsIntake(SectionDirectory sections, ReportingProperties properties, Clock clock,
            JdbcClient jdbc, DataSource dataSource) {
        return new MonthlyCountsIntake(sections, properties.firstPeriod(), clock, jdbc, dataSource);
    }

}
