package org.cooperationatlas.record.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.component.shared.HasTooltip;
import java.util.List;
import java.util.Locale;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;

/**
 * A filter's country picker drawn by the browser's combo box, which asks for the countries matching what the reader
 * types a page at a time (by name in the reader's language, English name or code). The server keeps the chosen
 * country's code, not a data channel with its keys and pages: the filters sit on the busiest pages.
 */
@Tag("vaadin-combo-box")
class CountryBox extends AbstractSinglePropertyField<CountryBox, Country>
        implements HasLabel, HasClearButton, HasTooltip {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PAGE_SIZE = 500;
    private static final String SETUP = """
            this.dataProvider = (params, callback) => this.$server
                .countries(params.filter, params.page, params.pageSize)
                .then(text => { const page = JSON.parse(text); callback(page.items, page.size); });
            """;
    private static final String SELECTED = "this.selectedItem = $1 ? {label: $0, value: $1} : null";

    private final CountryService countries;
    private final Locale locale = UI.getCurrent().getLocale();

    CountryBox(CountryService countries) {
        super(
                "value",
                null,
                String.class,
                (CountryBox box, String code) -> box.toCountry(code),
                (CountryBox box, Country country) -> country == null ? "" : country.getIso2());
        this.countries = countries;
    }

    /** The countries whose names or codes hold the typed text, one page of them, with how many match in all. */
    @ClientCallable
    String countries(String filter, int page, int pageSize) {
        List<Country> matching = CountryFields.matching(countries, locale, filter == null ? "" : filter)
                .toList();
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        ArrayNode items = JSON.createArrayNode();
        matching.stream()
                .skip((long) Math.max(0, page) * size)
                .limit(size)
                .forEach(country -> items.addObject()
                        .put("label", country.displayName(locale))
                        .put("value", country.getIso2()));
        ObjectNode answer = JSON.createObjectNode().put("size", matching.size());
        answer.set("items", items);
        return answer.toString();
    }

    @Override
    protected void setPresentationValue(Country country) {
        super.setPresentationValue(country);
        showSelected(country);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // A re-attached element is created afresh in the browser, without its data provider or chosen label.
        getElement().executeJs(SETUP);
        showSelected(getValue());
    }

    // The browser's combo box shows a chosen item by its label, which it has only for items it has fetched.
    private void showSelected(Country country) {
        getElement()
                .executeJs(
                        SELECTED,
                        country == null ? null : country.displayName(locale),
                        country == null ? null : country.getIso2());
    }

    private Country toCountry(String code) {
        return code == null || code.isEmpty() ? null : countries.find(code).orElse(null);
    }
}
