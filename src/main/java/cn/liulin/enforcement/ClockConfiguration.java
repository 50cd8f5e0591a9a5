package cn.liulin.enforcement;

import java.time.Clock;

import cn.liulin.enforcement.core.BureauZone;
import cn.liulin.enforcement.lateness.DeadlinePolicy;
import cn.liulin.enforcement.lateness.LatenessPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every rule reads: the system's, or {@code reporting.now} for tests, demos
 * and back-filling.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    Clock clock(ReportingProperties properties) {
        if (properties.now() == null) {
            return Clock.system(BureauZone.ZONE);
        }
        log.warn("reporting.now 已设置：本次运行的当前时间固定为 {}（Asia/Shanghai），仅用于测试、演示和补录", properties.now());
        return Clock.fixed(properties.now().atZone(BureauZone.ZONE).toInstant(), BureauZone.ZONE);
    }

    @Bean
    DeadlinePolicy deadlinePolicy(ReportingProperties properties) {
        return new DeadlinePolicy(properties.deadline().day(), properties.deadline().time(), BureauZone.ZONE);
    }

    @Bean
    LatenessPolicy latenessPolicy(DeadlinePolicy deadlines, Clock clock) {
        return new LatenessPolicy(deadlines, clock);
    }

}
