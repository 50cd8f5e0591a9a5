package cn.liulin.enforcement.jobs;

import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry {@code JobOperator} finds a job in to restart it: it holds the job beans
 * and the jobs built from report definitions, which are not beans.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    @Bean
    JobRegistry jobRegistry() {
        return new MapJobRegistry();
    }

}
