package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.cooperationatlas.country.Country;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Country pickers that find a country by its name in the reader's language, its English name or its codes. */
final class CountryFields {

    private CountryFields() {
    }

    static void configure(ComboBox<Country> field, List<Country> countries) {
        Locale locale = UI.getCurrent().getLocale();
        field.setItems(matcher(locale), sorted(countries, locale));
        field.setItemLabelGenerator(country -> country.displayName(locale));
    }

    static void configure(MultiSelectComboBox<Country> field, List<Country> countries) {
        Locale locale = UI.getCurrent().getLocale();
        field.setItems(matcher(locale), sorted(countries, locale));
        field.setItemLabelGenerator(country -> country.displayName(locale));
    }

    private static ComboBox.ItemFilter<Country> matcher(Locale locale) {
        return (country, typed) -> {
            String text = typed.trim().toLowerCase(locale);
            return country.displayName(locale).toLowerCase(locale).contains(text)
                    || country.getNameEn().toLowerCase(Locale.ROOT).contains(text)
                    || country.getIso2().equalsIgnoreCase(text)
                    || (country.getIso3() != null && country.getIso3().equalsIgnoreCase(text));
        };
    }

    private static List<Country> sorted(List<Country> countries, Locale locale) {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        return countries.stream().sorted(Comparator.comparing(c -> c.displayName(locale), collator)).toList();
    }
}
