package org.linli.api.web;

import java.util.List;
import org.linli.format.TimetableView;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads and writes plans as plan files are, and reads the API's lower-case enum values in paths ({@code /timetables/tutor}).
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.addFirst(new PlanJsonConverter());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, TimetableView.class, TimetableView::fromValue);
    }
}
