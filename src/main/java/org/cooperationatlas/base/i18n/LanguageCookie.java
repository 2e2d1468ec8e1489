package org.cooperationatlas.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The interface language a reader picked, kept by the browser in a cookie and read for every new page, so that the
 * choice outlives the session; without it, the browser's preferred languages decide, as Vaadin does by default.
 */
@Component
public class LanguageCookie implements VaadinServiceInitListener {

    /** The cookie's name; its value is a language tag, "en" or "zh-CN". */
    public static final String NAME = "atlas-language";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> chosen(VaadinRequest.getCurrent()).ifPresent(locale -> {
                    init.getUI().getSession().setLocale(locale);
                    init.getUI().setLocale(locale);
                }));
    }

    /** The language the request's cookie names, if it is one the atlas speaks. */
    static Optional<Locale> chosen(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .map(cookie -> Locale.forLanguageTag(cookie.getValue()).getLanguage())
                .flatMap(language -> AtlasI18NProvider.LOCALES.stream()
                        .filter(locale -> locale.getLanguage().equals(language)))
                .findFirst();
    }
}
