package cn.liulin.enforcement.scheduling;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/** Gives every Spring Batch job the {@link JobOwnership} listener, wherever the job is defined. */
@Component
class JobListenerRegistrar implements BeanPostProcessor {

    private final ObjectProvider<JobOwnership> ownership;

    JobListenerRegistrar(ObjectProvider<JobOwnership> ownership) {
        this.ownership = ownership;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            job.registerJobExecutionListener(ownership.getObject());
        }
        return bean;
    }
}
