package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;

/**
 * Country pickers that find a country by its name in the reader's language, its English name or its codes. The
 * countries are fetched when the reader opens the list or types, a page at a time, so that a page with several
 * pickers does not keep 250 countries per picker on the server for as long as it is open.
 */
final class CountryFields {

    private CountryFields() {}

    static void configure(ComboBox<Country> field, CountryService countries) {
        Locale locale = UI.getCurrent().getLocale();
        field.setItems(query -> matching(countries, locale, query.getFilter().orElse(""))
                .skip(query.getOffset())
                .limit(query.getLimit()));
        field.setItemLabelGenerator(country -> country.displayName(locale));
    }

    static void configure(MultiSelectComboBox<Country> field, CountryService countries) {
        Locale locale = UI.getCurrent().getLocale();
        field.setItems(query -> matching(countries, locale, query.getFilter().orElse(""))
                .skip(query.getOffset())
                .limit(query.getLimit()));
        field.setItemLabelGenerator(country -> country.displayName(locale));
    }

    /** The countries the typed text names, sorted by their names in the reader's language. */
    static Stream<Country> matching(CountryService countries, Locale locale, String typed) {
        String text = typed.trim().toLowerCase(locale);
        Collator collator = Collator.getInstance(locale);
        return countries.all().stream()
                .filter(country -> text.isEmpty()
                        || country.displayName(locale).toLowerCase(locale).contains(text)
                        || country.getNameEn().toLowerCase(Locale.ROOT).contains(text)
                        || country.getIso2().equalsIgnoreCase(text)
                        || (country.getIso3() != null && country.getIso3().equalsIgnoreCase(text)))
                .sorted(Comparator.comparing(country -> country.displayName(locale), collator));
    }
}
