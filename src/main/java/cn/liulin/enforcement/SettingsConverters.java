package cn.liulin.enforcement;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Lets settings be written as people write them: {@code 2025-06},
 * {@code 2025-07-04 09:00}.
 */
final class SettingsConverters {

    private SettingsConverters() {
    }

    @Component
    @ConfigurationPropertiesBinding
    static class YearMonthSetting implements Converter<String, YearMonth> {

        @Override
        public YearMonth convert(String text) {
            return YearMonth.parse(text.strip());
        }

    }

    @Component
    @ConfigurationPropertiesBinding
    static class LocalDateSetting implements Converter<String, java.time.LocalDate> {

        @Override
        public java.time.LocalDate convert(String text) {
            return java.time.LocalDate.parse(text.strip());
        }

    }

    @Component
    @ConfigurationPropertiesBinding
    static class LocalDateTimeSetting implements Converter<String, LocalDateTime> {

        private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd[['T'][' ']HH:mm[:ss]]")
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
            .toFormatter();

        @Override
        public LocalDateTime convert(String text) {
            return LocalDateTime.parse(text.strip(), FORMAT);
        }

    }

}
