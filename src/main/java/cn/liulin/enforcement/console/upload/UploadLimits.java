package cn.liulin.enforcement.console.upload;

import cn.liulin.enforcement.ReportingProperties;
import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's limits for an upload, from {@code reporting.console.*}: a file
 * over the size, or a request over all of them, is refused before it is read. Parts stay
 * in memory up to the file limit, so the bytes reach a disk only through the intake.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class UploadLimits {

    @Bean
    MultipartConfigElement multipartConfigElement(ReportingProperties properties) {
        DataSize file = properties.console().maxUploadSize();
        long request = file.toBytes() * properties.console().maxUploadFiles() + DataSize.ofMegabytes(1).toBytes();
        return new MultipartConfigElement(null, file.toBytes(), request,
                (int) Math.min(file.toBytes(), Integer.MAX_VALUE));
    }

}
