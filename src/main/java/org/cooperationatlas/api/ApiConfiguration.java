package org.cooperationatlas.api;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The API's part of Spring MVC: enum parameters in any case, and CSV as a second way to write an answer. */
@Configuration
class ApiConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new AnyCaseEnums());
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new CsvMessageConverter());
    }

    /** "joint_patrol" is JOINT_PATROL, as the records view's address has always taken it; blank is none. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class AnyCaseEnums implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            return value -> value.isBlank()
                    ? null
                    : (T) Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        }
    }
}
