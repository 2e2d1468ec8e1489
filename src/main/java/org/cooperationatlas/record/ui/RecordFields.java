package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.cooperationatlas.base.domain.DatePrecision;
import org.cooperationatlas.base.ui.DateFields;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.RecordKind;
import org.cooperationatlas.record.RecordStatus;
import org.cooperationatlas.source.Source;
import org.cooperationatlas.source.SourceService;
import org.cooperationatlas.source.ui.SourceDialog;

/** The record's own fields, edited in a buffer that reaches the record only when all of it is valid. */
class RecordFields extends Composite<FormLayout> {

    final TextField title = new TextField();
    // Combo boxes for the longer lists: a Select keeps an element per item for as long as the form is open.
    final ComboBox<RecordKind> kind = new ComboBox<>();
    final ComboBox<CrimeArea> crimeArea = new ComboBox<>();
    final Select<RecordStatus> status = new Select<>();
    final ComboBox<Country> lead = new ComboBox<>();
    final MultiSelectComboBox<Country> partners = new MultiSelectComboBox<>();
    final DatePicker startDate = new DatePicker();
    final Select<DatePrecision> startPrecision = new Select<>();
    final DatePicker endDate = new DatePicker();
    final Select<DatePrecision> endPrecision = new Select<>();
    final TextArea summary = new TextArea();
    final MultiSelectComboBox<Source> sources = new MultiSelectComboBox<>();
    private final BeanValidationBinder<CooperationRecord> binder = new BeanValidationBinder<>(CooperationRecord.class);

    RecordFields(CountryService countries, SourceService sourceService) {
        title.setLabel(getTranslation("record.title"));
        title.setMaxLength(CooperationRecord.TITLE_MAX_LENGTH);
        enumChoice(kind, "record.kind", RecordKind.values(), RecordKind::messageKey);
        enumChoice(crimeArea, "record.crimeArea", CrimeArea.values(), CrimeArea::messageKey);
        enumSelect(status, "record.status", RecordStatus.values(), RecordStatus::messageKey);
        lead.setLabel(getTranslation("record.lead"));
        CountryFields.configure(lead, countries);
        partners.setLabel(getTranslation("record.partners"));
        partners.setHelperText(getTranslation("record.partners.help"));
        CountryFields.configure(partners, countries);
        startDate.setLabel(getTranslation("record.start"));
        endDate.setLabel(getTranslation("record.end"));
        DateFields.localized(startDate);
        DateFields.localized(endDate);
        endDate.setHelperText(getTranslation("record.end.help"));
        enumSelect(startPrecision, "record.startPrecision", DatePrecision.values(), p -> "precision." + p.name());
        enumSelect(endPrecision, "record.endPrecision", DatePrecision.values(), p -> "precision." + p.name());
        endPrecision.setEmptySelectionAllowed(true);
        endPrecision.setEmptySelectionCaption(getTranslation("record.endPrecision.sameAsStart"));
        summary.setLabel(getTranslation("record.summary"));
        summary.setMaxLength(CooperationRecord.SUMMARY_MAX_LENGTH);
        sources.setLabel(getTranslation("record.sources"));
        sources.setItems(query ->
                sourceService
                        .search(query.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream());
        sources.setItemLabelGenerator(Source::label);
        Button newSource = new Button(
                getTranslation("source.new"),
                VaadinIcon.PLUS.create(),
                click -> new SourceDialog(sourceService, this::addSource).open());
        newSource.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout sourceRow = new FlexLayout(sources, newSource);
        sourceRow.setAlignItems(FlexLayout.Alignment.BASELINE);
        sourceRow.addClassNames(LumoUtility.Gap.SMALL);
        sourceRow.setFlexGrow(1, sources);

        bind();
        Stream.<HasValue<?, ?>>of(title, kind, crimeArea, status, lead, startDate, sources)
                .forEach(field -> field.setRequiredIndicatorVisible(true));

        FormLayout form = getContent();
        form.add(title, 2);
        form.add(kind, crimeArea, lead, partners, startDate, startPrecision, endDate, endPrecision, status);
        form.add(summary, 2);
        form.add(sourceRow, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
    }

    private void bind() {
        binder.forField(title)
                .withValidator(new BeanValidator(CooperationRecord.class, "title"))
                .bind(CooperationRecord::getTitle, CooperationRecord::setTitle);
        binder.forField(kind)
                .withValidator(new BeanValidator(CooperationRecord.class, "kind"))
                .bind(CooperationRecord::getKind, CooperationRecord::setKind);
        binder.forField(crimeArea)
                .withValidator(new BeanValidator(CooperationRecord.class, "crimeArea"))
                .bind(CooperationRecord::getCrimeArea, CooperationRecord::setCrimeArea);
        binder.forField(status)
                .withValidator(new BeanValidator(CooperationRecord.class, "status"))
                .bind(CooperationRecord::getStatus, CooperationRecord::setStatus);
        binder.forField(lead)
                .withValidator(new BeanValidator(CooperationRecord.class, "leadCountry"))
                .bind(CooperationRecord::getLeadCountry, CooperationRecord::setLeadCountry);
        binder.forField(partners).bind(CooperationRecord::getPartners, CooperationRecord::setPartners);
        binder.forField(startDate)
                .withValidator(new BeanValidator(CooperationRecord.class, "startDate"))
                .bind(CooperationRecord::getStartDate, CooperationRecord::setStartDate);
        binder.forField(startPrecision)
                .bind(CooperationRecord::getStartPrecision, CooperationRecord::setStartPrecision);
        Binder.Binding<CooperationRecord, LocalDate> end = binder.forField(endDate)
                .withValidator(this::endIsNotBeforeStart, getTranslation("record.end.beforeStart"))
                .bind(CooperationRecord::getEndDate, CooperationRecord::setEndDate);
        binder.forField(endPrecision).bind(CooperationRecord::getEndPrecision, CooperationRecord::setEndPrecision);
        binder.forField(summary)
                .withValidator(new BeanValidator(CooperationRecord.class, "summary"))
                .bind(CooperationRecord::getSummary, CooperationRecord::setSummary);
        binder.forField(sources)
                .withValidator(new BeanValidator(CooperationRecord.class, "sources"))
                .bind(CooperationRecord::getSources, CooperationRecord::setSources);
        startDate.addValueChangeListener(change -> revalidate(end));
        startPrecision.addValueChangeListener(change -> revalidate(end));
        endPrecision.addValueChangeListener(change -> revalidate(end));
    }

    private void revalidate(Binder.Binding<CooperationRecord, LocalDate> end) {
        if (!endDate.isEmpty()) {
            end.validate();
        }
    }

    private boolean endIsNotBeforeStart(LocalDate end) {
        if (end == null || startDate.isEmpty() || startPrecision.isEmpty()) {
            return true;
        }
        DatePrecision precision = endPrecision.isEmpty() ? startPrecision.getValue() : endPrecision.getValue();
        return !precision.lastDay(end).isBefore(startPrecision.getValue().firstDay(startDate.getValue()));
    }

    private void addSource(Source created) {
        Set<Source> selected = new LinkedHashSet<>(sources.getValue());
        selected.add(created);
        sources.getDataProvider().refreshAll();
        sources.setValue(selected);
    }

    void read(CooperationRecord record) {
        binder.readBean(record);
    }

    /** Writes the fields into the record when all are valid; otherwise shows why on the fields and changes nothing. */
    boolean writeIfValid(CooperationRecord record) {
        return binder.validate().isOk() && binder.writeBeanIfValid(record);
    }

    private <E extends Enum<E>> void enumChoice(
            ComboBox<E> field,
            String labelKey,
            E[] values,
            com.vaadin.flow.function.SerializableFunction<E, String> key) {
        field.setLabel(getTranslation(labelKey));
        field.setItems(values);
        field.setItemLabelGenerator(value -> value == null ? "" : getTranslation(key.apply(value)));
    }

    private <E extends Enum<E>> void enumSelect(
            Select<E> select,
            String labelKey,
            E[] values,
            com.vaadin.flow.function.SerializableFunction<E, String> key) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : getTranslation(key.apply(value)));
    }
}
