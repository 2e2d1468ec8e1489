package org.cooperationatlas.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/** Serves the UI's strings from messages.properties and its Simplified Chinese twin. */
@Component
public class AtlasI18NProvider implements I18NProvider {

    public static final String BUNDLE = "messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, CHINESE);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException missing) {
            // Visible in the UI and caught by the bundle completeness test, rather than an exception for the reader.
            return "!" + key;
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale supported = locale != null && CHINESE.getLanguage().equals(locale.getLanguage()) ? CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(
                BUNDLE,
                supported,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
