package org.linli.api.web;

import org.linli.format.TimetableView;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the real openapi.yaml at {@code /openapi.yaml} (Swagger UI shows it) and reads the API's lower-case enum
 * values in paths ({@code /timetables/tutor}).
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/openapi.yaml").addResourceLocations("classpath:/");
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, TimetableView.class, TimetableView::fromValue);
    }
}
