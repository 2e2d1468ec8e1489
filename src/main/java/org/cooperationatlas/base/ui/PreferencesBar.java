package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import org.cooperationatlas.base.i18n.AtlasI18NProvider;
import org.cooperationatlas.base.i18n.LanguageCookie;

/**
 * Light or dark, and the interface language, as two buttons the browser handles alone. The colour scheme follows
 * the system until the reader picks one; the choice is kept in the browser, since it belongs to the device rather
 * than to the account. The language is kept in a cookie that every new page reads ({@link LanguageCookie}).
 */
class PreferencesBar extends RenderedHtml {

    PreferencesBar() {
        super("div");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER);
        render(this::buttons);
    }

    /** Loads the buttons' actions (js/atlas-page.js, cached by the browser) and applies the stored scheme. */
    static void defineActions(UI ui) {
        PageScript.load(ui);
        ui.getPage().executeJs("window.atlasLayout.start($0)", LanguageCookie.NAME);
    }

    // Two languages: one button that offers the other, in its own name ("中文", "English").
    private String buttons() {
        Locale other =
                AtlasI18NProvider.CHINESE.getLanguage().equals(getLocale().getLanguage())
                        ? Locale.ENGLISH
                        : AtlasI18NProvider.CHINESE;
        String otherName = getTranslation("language." + other.getLanguage());
        String scheme = RenderedHtml.escape(getTranslation("layout.toggleScheme"));
        return "<vaadin-button theme=\"tertiary\" class=\"atlas-scheme\" aria-label=\"" + scheme
                + "\" onclick=\"atlasLayout.toggleScheme()\"><vaadin-icon icon=\"vaadin:adjust\"></vaadin-icon>"
                + "<vaadin-tooltip slot=\"tooltip\" text=\"" + scheme + "\"></vaadin-tooltip></vaadin-button>"
                + "<vaadin-button theme=\"tertiary\" class=\"atlas-language\" lang=\"" + other.toLanguageTag()
                + "\" aria-label=\"" + RenderedHtml.escape(getTranslation("layout.language.switch", otherName))
                + "\" onclick=\"atlasLayout.language('" + other.toLanguageTag() + "')\">"
                + "<vaadin-icon icon=\"vaadin:globe\" slot=\"prefix\"></vaadin-icon>" + RenderedHtml.escape(otherName)
                + "</vaadin-button>";
    }
}
