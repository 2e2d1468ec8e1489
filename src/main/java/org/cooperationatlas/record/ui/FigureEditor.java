package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cooperationatlas.base.domain.DayRange;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.measure.MeasureService;
import org.cooperationatlas.measure.ui.FigureText;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.record.FigureCheck;
import org.cooperationatlas.record.FigureChecks;
import org.cooperationatlas.source.Source;
import org.cooperationatlas.source.SourceService;

/**
 * The figures of a record, each a line that reads as the figure says until the editor opens it: then its row of
 * fields takes the line's place. A record with many figures keeps a form with fields only for those being changed
 * (each open row holds about ten fields and their bindings for as long as the page is open).
 */
class FigureEditor extends Composite<VerticalLayout> {

    private final CountryService countries;
    private final FigureChecks checks;
    private final SourceService sources;
    private final MeasureService measures;
    private final SerializableSupplier<Source> defaultSource;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<Entry> entries = new ArrayList<>();

    FigureEditor(
            CountryService countries,
            SourceService sources,
            MeasureService measures,
            SerializableSupplier<Source> defaultSource,
            FigureChecks checks) {
        this.measures = measures;
        this.checks = checks;
        this.countries = countries;
        this.sources = sources;
        this.defaultSource = defaultSource;
        rows.setPadding(false);
        Button add = new Button(getTranslation("figure.add"), VaadinIcon.PLUS.create(), click -> addFigure());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getContent().add(rows, add);
        getContent().setPadding(false);
    }

    void setFigures(List<Figure> figures) {
        rows.removeAll();
        entries.clear();
        figures.forEach(figure -> {
            Entry entry = new Entry(figure);
            entries.add(entry);
            rows.add(entry.shown);
        });
    }

    /** A new, empty figure, open for editing. */
    FigureRow addFigure() {
        Figure figure = new Figure();
        figure.setSource(defaultSource.get());
        Entry entry = new Entry(figure);
        entries.add(entry);
        rows.add(entry.shown);
        return entry.open();
    }

    /** Opens the figure at this position for editing (it stays open) and gives its fields. */
    FigureRow edit(int index) {
        return entries.get(index).open();
    }

    /** Validates every open figure and shows the messages on its fields; figures never opened are as stored. */
    boolean validate() {
        return entries.stream()
                .filter(entry -> entry.row != null)
                .map(entry -> entry.row.validate())
                .reduce(true, Boolean::logicalAnd);
    }

    List<Figure> figures() {
        return entries.stream().map(entry -> entry.figure).toList();
    }

    /** The figures open for editing, in order. */
    List<FigureRow> rows() {
        return entries.stream()
                .map(entry -> entry.row)
                .filter(row -> row != null)
                .toList();
    }

    /** One figure: its line, or its row of fields once opened. */
    private final class Entry implements Serializable {

        private final Figure figure;
        private Component shown;
        private FigureRow row;

        Entry(Figure figure) {
            this.figure = figure;
            this.shown = line();
        }

        FigureRow open() {
            if (row == null) {
                row = new FigureRow(figure, countries, sources, measures.measures(), removed -> remove());
                rows.replace(shown, row);
                shown = row;
                row.metric.focus();
            }
            return row;
        }

        private void remove() {
            entries.remove(this);
            rows.remove(shown);
        }

        private Div line() {
            String said = figure.getMetric() == null || figure.getValue() == null
                    ? ""
                    : FigureText.headline(
                            FigureEditor.this,
                            measures.measures(),
                            figure.getMetric(),
                            figure.getValue(),
                            figure.getQualifier(),
                            figure.getUnit());
            Span headline = new Span(said);
            headline.addClassName("atlas-figure-headline");
            String period = DayRange.format(
                    figure.getPeriodFrom(),
                    figure.getPeriodTo(),
                    UI.getCurrent().getLocale());
            Span details = new Span(Stream.of(
                            period,
                            figure.getSource() == null ? "" : figure.getSource().label())
                    .filter(part -> !part.isEmpty())
                    .collect(Collectors.joining(" · ")));
            details.addClassName("atlas-figure-details");
            Button edit = new Button(getTranslation("figure.edit"), VaadinIcon.EDIT.create(), click -> open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("figure.edit.label", said));
            Button remove = new Button(getTranslation("figure.remove"), VaadinIcon.TRASH.create(), click -> remove());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("figure.remove.label", said));
            Div text = new Div(headline, details);
            // A stored figure is set against the statistics the atlas holds, as a reader's page shows it.
            if (figure.getId() != null) {
                FigureCheck result = checks.check(figure);
                Span check = new Span(FigureCheckText.of(
                        FigureEditor.this,
                        result,
                        UI.getCurrent().getLocale(),
                        code -> countries
                                .find(code)
                                .map(country ->
                                        country.displayName(UI.getCurrent().getLocale()))
                                .orElse(code)));
                check.addClassNames(
                        "atlas-figure-check",
                        "atlas-figure-check-" + result.outcome().name().toLowerCase(Locale.ROOT));
                text.add(check);
            }
            Div line = new Div(text, new Div(edit, remove));
            line.addClassName("atlas-figure-line");
            return line;
        }
    }
}
