package cn.liulin.enforcement.reports;

import java.time.Clock;

import cn.liulin.enforcement.delivery.SharedFolder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class ReportsConfiguration {

    @Bean
    ReportRenderer reportRenderer() {
        return new ReportRenderer();
    }

    @Bean
    ReportDelivery reportDelivery(JdbcClient jdbc, SharedFolder sharedFolder, Clock clock) {
        return new ReportDelivery(jdbc, sharedFolder, clock);
    }

}
