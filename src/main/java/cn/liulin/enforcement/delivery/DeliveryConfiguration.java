package cn.liulin.enforcement.delivery;

import java.time.Clock;

import cn.liulin.enforcement.ReportingProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    SharedFolder sharedFolder(ReportingProperties properties, Clock clock) {
        return new SharedFolder(properties.outputDir(), clock, properties.testing().holdBeforePublish());
    }

}
