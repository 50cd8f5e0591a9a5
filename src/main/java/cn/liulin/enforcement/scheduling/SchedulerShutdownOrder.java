package cn.liulin.enforcement.scheduling;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Makes the Quartz scheduler depend on the data source, so that on shutdown it stops
 * (waiting for its running jobs) before the connection pool and the embedded PostgreSQL
 * are closed under it.
 */
@Component
class SchedulerShutdownOrder implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (String scheduler : beanFactory.getBeanNamesForType(SchedulerFactoryBean.class, true, false)) {
            BeanDefinition definition = beanFactory.getBeanDefinition(scheduler.replaceFirst("^&", ""));
            String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
            definition.setDependsOn(
                    Stream.concat(Arrays.stream(dependsOn), Stream.of("dataSource")).distinct().toArray(String[]::new));
        }
    }

}
