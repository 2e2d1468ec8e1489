package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import org.cooperationatlas.base.i18n.AtlasI18NProvider;

/**
 * Light or dark, and the interface language. The colour scheme follows the system until the reader picks one;
 * the choice is kept in the browser, since it belongs to the device rather than to the account.
 */
class PreferencesBar extends HorizontalLayout {

    private static final String APPLY_SCHEME = """
            const stored = localStorage.getItem('atlas-scheme');
            const dark = stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
            document.documentElement.setAttribute('theme', dark ? 'dark' : '');
            document.documentElement.dispatchEvent(new CustomEvent('atlas-theme-changed'));
            """;

    private static final String TOGGLE_SCHEME = """
            const dark = document.documentElement.getAttribute('theme') !== 'dark';
            localStorage.setItem('atlas-scheme', dark ? 'dark' : 'light');
            document.documentElement.setAttribute('theme', dark ? 'dark' : '');
            document.documentElement.dispatchEvent(new CustomEvent('atlas-theme-changed'));
            """;

    PreferencesBar() {
        Button scheme = new Button(
                VaadinIcon.ADJUST.create(),
                click -> click.getSource().getElement().executeJs(TOGGLE_SCHEME));
        scheme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        scheme.setAriaLabel(getTranslation("layout.toggleScheme"));
        scheme.setTooltipText(getTranslation("layout.toggleScheme"));

        // Two languages: one button that offers the other, in its own name ("中文", "English").
        Locale current =
                AtlasI18NProvider.CHINESE.getLanguage().equals(getLocale().getLanguage())
                        ? AtlasI18NProvider.CHINESE
                        : Locale.ENGLISH;
        Locale other = current.equals(Locale.ENGLISH) ? AtlasI18NProvider.CHINESE : Locale.ENGLISH;
        String otherName = getTranslation("language." + other.getLanguage());
        Button language = new Button(otherName, VaadinIcon.GLOBE.create(), click -> {
            VaadinSession.getCurrent().setLocale(other);
            UI.getCurrent().getPage().reload();
        });
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setAriaLabel(getTranslation("layout.language.switch", otherName));
        language.getElement().setAttribute("lang", other.toLanguageTag());

        add(scheme, language);
        setAlignItems(Alignment.CENTER);
        addClassNames(LumoUtility.Padding.MEDIUM);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().executeJs(APPLY_SCHEME);
    }
}
