package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordKind;

import java.util.List;

/** The records' filters. It reports a new {@link RecordFilter} whenever the reader changes one of them. */
class RecordFilterBar extends Composite<FlexLayout> {

    final TextField text = new TextField();
    final Select<RecordKind> kind = new Select<>();
    final Select<CrimeArea> crimeArea = new Select<>();
    final ComboBox<Country> country = new ComboBox<>();
    final IntegerField from = new IntegerField();
    final IntegerField to = new IntegerField();
    private final Button clear = new Button();
    private boolean showing;

    RecordFilterBar(List<Country> countries, SerializableConsumer<RecordFilter> onChange) {
        text.setLabel(getTranslation("records.filter.text"));
        text.setPlaceholder(getTranslation("records.filter.text.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);

        kind.setLabel(getTranslation("record.kind"));
        kind.setItems(RecordKind.values());
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("records.filter.any") : getTranslation(value.messageKey()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("records.filter.any"));

        crimeArea.setLabel(getTranslation("record.crimeArea"));
        crimeArea.setItems(CrimeArea.values());
        crimeArea.setItemLabelGenerator(value -> value == null ? getTranslation("records.filter.any") : getTranslation(value.messageKey()));
        crimeArea.setEmptySelectionAllowed(true);
        crimeArea.setEmptySelectionCaption(getTranslation("records.filter.any"));

        CountryFields.configure(country, countries);
        country.setLabel(getTranslation("records.filter.country"));
        country.setClearButtonVisible(true);
        country.setTooltipText(getTranslation("records.filter.country.help"));

        configureYear(from, "records.filter.from");
        configureYear(to, "records.filter.to");

        clear.setText(getTranslation("records.filter.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(click -> onChange.accept(RecordFilter.NONE));

        FlexLayout bar = getContent();
        bar.add(text, kind, crimeArea, country, from, to, clear);
        bar.setAlignItems(FlexLayout.Alignment.BASELINE);
        bar.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.FlexWrap.WRAP);

        text.addValueChangeListener(change -> report(onChange));
        from.addValueChangeListener(change -> report(onChange));
        to.addValueChangeListener(change -> report(onChange));
        kind.addValueChangeListener(change -> report(onChange));
        crimeArea.addValueChangeListener(change -> report(onChange));
        country.addValueChangeListener(change -> report(onChange));
    }

    /** Puts a filter (from the URL) into the fields without reporting it back as a change. */
    void show(RecordFilter filter, Country selectedCountry) {
        showing = true;
        try {
            text.setValue(filter.text() == null ? "" : filter.text());
            kind.setValue(filter.kind());
            crimeArea.setValue(filter.crimeArea());
            country.setValue(selectedCountry);
            from.setValue(filter.fromYear());
            to.setValue(filter.toYear());
            clear.setEnabled(!filter.isEmpty());
        } finally {
            showing = false;
        }
    }

    private void report(SerializableConsumer<RecordFilter> onChange) {
        if (showing || from.isInvalid() || to.isInvalid()) {
            return;
        }
        onChange.accept(new RecordFilter(text.getValue(), kind.getValue(), crimeArea.getValue(),
                country.getValue() == null ? null : country.getValue().getIso2(), from.getValue(), to.getValue()));
    }

    private void configureYear(IntegerField field, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        field.setMin(1900);
        field.setMax(2100);
        field.setWidth("7em");
        field.setClearButtonVisible(true);
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("records.filter.year.invalid"))
                .setMinErrorMessage(getTranslation("records.filter.year.invalid"))
                .setMaxErrorMessage(getTranslation("records.filter.year.invalid")));
        field.setValueChangeMode(ValueChangeMode.LAZY);
    }
}
