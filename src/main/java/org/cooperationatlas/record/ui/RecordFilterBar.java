package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.cooperationatlas.base.ui.ChoiceBox;
import org.cooperationatlas.base.ui.ChoiceField;
import org.cooperationatlas.base.ui.RenderedHtml;
import org.cooperationatlas.base.ui.YearField;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordKind;

/** The records' filters. It reports a new {@link RecordFilter} whenever the reader changes one of them. */
public class RecordFilterBar extends Composite<FlexLayout> {

    /** The UN M49 regions, as stored with the countries. */
    static final List<String> REGIONS = RecordFilter.REGIONS;

    final TextField text = new TextField();
    final ChoiceBox<RecordKind> kind;
    final ChoiceBox<CrimeArea> crimeArea;
    final CountryBox country;
    final ChoiceBox<String> region;
    // Only while a metric filter is on (it comes from a click on the overview): most readers never see it.
    Button metric;
    final YearField from;
    final YearField to;
    // A link to the unfiltered page, there while a filter is on: a component button would sit in every session.
    final RenderedHtml clear = new RenderedHtml("span");
    private final String unfiltered;
    private final CountryService countries;
    private final SerializableConsumer<RecordFilter> onChange;
    private final MeasureService measures;
    private boolean showing;
    // Filters the bar has no field for (region, metric from a dashboard click) are kept as they came.
    private RecordFilter shown = RecordFilter.NONE;

    /** {@code view} is the page the bar filters, which its "clear filters" link opens without filters. */
    public RecordFilterBar(
            CountryService countries,
            MeasureService measures,
            Class<? extends Component> view,
            SerializableConsumer<RecordFilter> onChange) {
        this.measures = measures;
        this.countries = countries;
        this.onChange = onChange;
        String address = RouteConfiguration.forSessionScope().getUrl(view);
        this.unfiltered = address.isEmpty() ? "." : address;
        text.setLabel(getTranslation("records.filter.text"));
        text.setPlaceholder(getTranslation("records.filter.text.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(RecordFilter.MAX_TEXT_LENGTH);

        String any = getTranslation("records.filter.any");
        kind = RecordChoices.kind(this);
        crimeArea = RecordChoices.crimeArea(this);

        country = new CountryBox(countries);
        country.setLabel(getTranslation("records.filter.country"));
        country.setClearButtonVisible(true);
        country.setTooltipText(getTranslation("records.filter.country.help"));

        region = ChoiceField.optional(
                getTranslation("records.filter.region"), REGIONS, value -> getTranslation("region." + value), any);
        region.addValueChangeListener(change -> report(onChange));

        from = year("records.filter.from");
        to = year("records.filter.to");

        FlexLayout bar = getContent();
        bar.add(text, kind, crimeArea, country, region, from, to, clear);
        bar.setAlignItems(FlexLayout.Alignment.BASELINE);
        bar.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.FlexWrap.WRAP);

        text.addValueChangeListener(change -> report(onChange));
        from.addValueChangeListener(change -> report(onChange));
        to.addValueChangeListener(change -> report(onChange));
        kind.addValueChangeListener(change -> report(onChange));
        crimeArea.addValueChangeListener(change -> report(onChange));
        country.addValueChangeListener(change -> report(onChange));
    }

    /**
     * Reads the filter from a URL's query string, drops a country code the atlas does not know, and shows the
     * result in the fields: what both the records grid and the overview do on every navigation.
     */
    public RecordFilter showFromUrl(QueryParameters query) {
        RecordFilter filter = RecordFilter.fromParameters(query.getParameters());
        Country selected = countries.find(filter.country()).orElse(null);
        RecordFilter known = selected == null ? filter.withCountry(null) : filter;
        show(known, selected);
        return known;
    }

    /** Puts a filter (from the URL) into the fields without reporting it back as a change. */
    public void show(RecordFilter filter, Country selectedCountry) {
        shown = filter;
        showing = true;
        try {
            text.setValue(filter.text() == null ? "" : filter.text());
            kind.setValue(filter.kind());
            crimeArea.setValue(filter.crimeArea());
            country.setValue(selectedCountry);
            region.setValue(filter.region() != null && REGIONS.contains(filter.region()) ? filter.region() : null);
            showMetric(filter);
            from.setValue(filter.fromYear());
            to.setValue(filter.toYear());
            showClear(filter);
        } finally {
            showing = false;
        }
    }

    private void showClear(RecordFilter filter) {
        String label = getTranslation("records.filter.clear");
        String link = "<a router-link class=\"atlas-clear-filters\" href=\"" + RenderedHtml.escape(unfiltered) + "\">"
                + RenderedHtml.escape(label) + "</a>";
        clear.render(filter.isEmpty() ? "" : link, () -> shown.isEmpty() ? "" : link);
    }

    private void showMetric(RecordFilter filter) {
        if (filter.metric() == null) {
            if (metric != null) {
                getContent().remove(metric);
                metric = null;
            }
            return;
        }
        if (metric == null) {
            metric = new Button();
            metric.setIconAfterText(true);
            metric.setIcon(VaadinIcon.CLOSE_SMALL.create());
            metric.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_SMALL);
            metric.setTooltipText(getTranslation("records.filter.metric.remove"));
            metric.addClickListener(click -> onChange.accept(shown.withMetric(null)));
            getContent().addComponentAtIndex(getContent().indexOf(clear), metric);
        }
        metric.setText(getTranslation(
                "records.filter.metric",
                measures.measures().label(filter.metric(), UI.getCurrent().getLocale())));
    }

    private void report(SerializableConsumer<RecordFilter> onChange) {
        if (showing || from.isInvalid() || to.isInvalid()) {
            return;
        }
        // Searched all the same, by its first words; the reader is told the rest are left out.
        boolean tooManyWords = shown.withText(text.getValue()).termCount() > RecordFilter.MAX_TERMS;
        text.setInvalid(tooManyWords);
        text.setErrorMessage(
                tooManyWords ? getTranslation("records.filter.text.tooManyWords", RecordFilter.MAX_TERMS) : null);
        onChange.accept(shown.withText(text.getValue())
                .withKind(kind.getValue())
                .withCrimeArea(crimeArea.getValue())
                .withCountry(
                        country.getValue() == null ? null : country.getValue().getIso2())
                .withRegion(region.getValue())
                .withYears(from.getValue(), to.getValue()));
    }

    private YearField year(String labelKey) {
        YearField field = new YearField(
                getTranslation(labelKey),
                RecordFilter.FIRST_YEAR,
                RecordFilter.LAST_YEAR,
                getTranslation("records.filter.year.invalid"));
        field.setWidth("7em");
        field.setClearButtonVisible(true);
        return field;
    }
}
