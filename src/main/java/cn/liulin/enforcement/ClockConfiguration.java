package cn.liulin.enforcement;

import java.nio.file.Path;
import java.time.Clock;

import cn.liulin.enforcement.core.BureauZone;
import cn.liulin.enforcement.core.HolidayCalendarFile;
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
        var rule = new DeadlinePolicy(properties.deadline().day(), properties.deadline().time(), BureauZone.ZONE, null);
        if (!properties.deadline().followHolidays()) {
            log.info("reporting.deadline.follow-holidays=false：截止日遇节假日不顺延");
            return rule;
        }
        Path file = properties.deadline().holidays();
        return rule.followingHolidays(HolidayCalendarFile.read(file,
                year -> log.warn("节假日安排 {} 中没有 {} 年：该年的截止日只按周六、周日顺延。国务院办公厅发布该年节假日安排后请添上", file, year)));
    }

    @Bean
    LatenessPolicy latenessPolicy(DeadlinePolicy deadlines, Clock clock) {
        return new LatenessPolicy(deadlines, clock);
    }

}
