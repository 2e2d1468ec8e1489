package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Stream;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Qualifier;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.base.ui.DateFields;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.measure.Measures;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.source.Source;
import org.cooperationatlas.source.SourceService;

/** The fields of one figure. Values reach the figure only when valid, so a refused save loses nothing typed. */
class FigureRow extends Composite<FormLayout> {

    private final Figure figure;
    private final BeanValidationBinder<Figure> binder = new BeanValidationBinder<>(Figure.class);
    // Combo boxes for the long lists: a Select keeps an element per item for as long as the form is open.
    final ComboBox<Metric> metric = new ComboBox<>();
    final BigDecimalField value = new BigDecimalField();
    final ComboBox<Qualifier> qualifier = new ComboBox<>();
    final ComboBox<Unit> unit = new ComboBox<>();
    final DatePicker periodFrom = new DatePicker();
    final DatePicker periodTo = new DatePicker();
    final Checkbox cumulative = new Checkbox();
    final ComboBox<Country> country = new ComboBox<>();
    final ComboBox<Source> source = new ComboBox<>();
    final TextField quote = new TextField();

    FigureRow(
            Figure figure,
            CountryService countries,
            SourceService sources,
            Measures measures,
            SerializableConsumer<FigureRow> onRemove) {
        this.figure = figure;
        Locale locale = UI.getCurrent().getLocale();
        metric.setLabel(getTranslation("figure.metric"));
        metric.setItems(measures.metrics(locale));
        metric.setItemLabelGenerator(m -> measures.label(m, locale));
        metric.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && unit.isEmpty()) {
                unit.setValue(measures.usualUnit(change.getValue()));
            }
        });
        value.setLabel(getTranslation("figure.value"));
        qualifier.setLabel(getTranslation("figure.qualifier"));
        qualifier.setItems(Qualifier.values());
        qualifier.setItemLabelGenerator(q -> getTranslation(q.messageKey()));
        unit.setLabel(getTranslation("figure.unit"));
        unit.setItems(measures.units(locale));
        unit.setItemLabelGenerator(u -> measures.label(u, locale));
        periodFrom.setLabel(getTranslation("figure.periodFrom"));
        periodTo.setLabel(getTranslation("figure.periodTo"));
        DateFields.localized(periodFrom);
        DateFields.localized(periodTo);
        cumulative.setLabel(getTranslation("figure.cumulative"));
        cumulative.setTooltipText(getTranslation("figure.cumulative.help"));
        country.setLabel(getTranslation("figure.country"));
        country.setClearButtonVisible(true);
        CountryFields.configure(country, countries);
        source.setLabel(getTranslation("figure.source"));
        source.setItems(query ->
                sources
                        .search(query.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream());
        source.setItemLabelGenerator(Source::label);
        quote.setLabel(getTranslation("figure.quote"));
        quote.setMaxLength(Figure.QUOTE_MAX_LENGTH);

        bind(measures);
        Stream.<HasValue<?, ?>>of(metric, value, unit, source)
                .forEach(field -> field.setRequiredIndicatorVisible(true));

        Button remove =
                new Button(getTranslation("figure.remove"), VaadinIcon.TRASH.create(), click -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);

        FormLayout form = getContent();
        form.add(metric, value, qualifier, unit, periodFrom, periodTo, country, source, cumulative, remove);
        form.add(quote, 4);
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        form.addClassNames(
                LumoUtility.Border.ALL,
                LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.SMALL);
    }

    private void bind(Measures measures) {
        binder.forField(metric)
                .withValidator(new BeanValidator(Figure.class, "metric"))
                .bind(Figure::getMetric, Figure::setMetric);
        var valueBinding = binder.forField(value)
                .withValidator(
                        v -> v == null
                                || unit.getValue() == null
                                || measures.kind(unit.getValue()).fractional()
                                || v.stripTrailingZeros().scale() <= 0,
                        getTranslation("figure.value.whole"))
                .withValidator(new BeanValidator(Figure.class, "value"))
                .withConverter(typed -> typed, FigureRow::withoutTrailingZeros)
                .bind(Figure::getValue, Figure::setValue);
        binder.forField(qualifier)
                .withValidator(new BeanValidator(Figure.class, "qualifier"))
                .bind(Figure::getQualifier, Figure::setQualifier);
        binder.forField(unit)
                .withValidator(new BeanValidator(Figure.class, "unit"))
                .bind(Figure::getUnit, Figure::setUnit);
        binder.forField(periodFrom).bind(Figure::getPeriodFrom, Figure::setPeriodFrom);
        binder.forField(periodTo)
                .withValidator(
                        to -> to == null || periodFrom.getValue() == null || !to.isBefore(periodFrom.getValue()),
                        getTranslation("figure.period.endBeforeStart"))
                .bind(Figure::getPeriodTo, Figure::setPeriodTo);
        binder.forField(cumulative).bind(Figure::isCumulative, Figure::setCumulative);
        binder.forField(country).bind(Figure::getCountry, Figure::setCountry);
        binder.forField(source)
                .withValidator(new BeanValidator(Figure.class, "source"))
                .bind(Figure::getSource, Figure::setSource);
        binder.forField(quote)
                .withValidator(new BeanValidator(Figure.class, "quote"))
                .bind(Figure::getQuote, Figure::setQuote);
        binder.setBean(figure);
        unit.addValueChangeListener(change -> valueBinding.validate());
    }

    // The database keeps two decimals for money; a count of 2,873 people should not read "2873.00".
    private static BigDecimal withoutTrailingZeros(BigDecimal stored) {
        return stored == null
                ? null
                : new BigDecimal(stored.stripTrailingZeros().toPlainString());
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    Figure figure() {
        return figure;
    }
}
