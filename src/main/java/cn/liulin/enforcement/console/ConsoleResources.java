package cn.liulin.enforcement.console;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The reports' own CJK face (WenQuanYi Micro Hei, already in the jar for the PDFs) served
 * to browsers that have no Chinese font of their own, such as a server's headless
 * Chromium; a clerk's Windows uses Microsoft YaHei and never fetches it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/console/fonts/*.ttf")
            .addResourceLocations("classpath:/fonts/")
            .setCacheControl(CacheControl.maxAge(Duration.ofDays(30)));
    }

}
