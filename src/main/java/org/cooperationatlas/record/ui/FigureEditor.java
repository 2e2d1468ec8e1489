package org.cooperationatlas.record.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableSupplier;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.source.Source;
import org.cooperationatlas.source.SourceService;

import java.util.ArrayList;
import java.util.List;

/** The figures of a record, each in its own row of fields, added and removed in place. */
class FigureEditor extends Composite<VerticalLayout> {

    private final CountryService countries;
    private final SourceService sources;
    private final SerializableSupplier<Source> defaultSource;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<FigureRow> figureRows = new ArrayList<>();
    private final Button add;
    private boolean editable = true;

    FigureEditor(CountryService countries, SourceService sources, SerializableSupplier<Source> defaultSource) {
        this.countries = countries;
        this.sources = sources;
        this.defaultSource = defaultSource;
        rows.setPadding(false);
        add = new Button(getTranslation("figure.add"), VaadinIcon.PLUS.create(), click -> addFigure());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getContent().add(rows, add);
        getContent().setPadding(false);
    }

    void setFigures(List<Figure> figures) {
        rows.removeAll();
        figureRows.clear();
        figures.forEach(this::addRow);
    }

    FigureRow addFigure() {
        Figure figure = new Figure();
        figure.setSource(defaultSource.get());
        return addRow(figure);
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        add.setVisible(editable);
        figureRows.forEach(row -> row.setEditable(editable));
    }

    /** Validates every row and shows the messages on its fields. */
    boolean validate() {
        return figureRows.stream().map(FigureRow::validate).reduce(true, Boolean::logicalAnd);
    }

    List<Figure> figures() {
        return figureRows.stream().map(FigureRow::figure).toList();
    }

    List<FigureRow> rows() {
        return List.copyOf(figureRows);
    }

    private FigureRow addRow(Figure figure) {
        FigureRow row = new FigureRow(figure, countries, sources, removed -> {
            figureRows.remove(removed);
            rows.remove(removed);
        });
        row.setEditable(editable);
        figureRows.add(row);
        rows.add(row);
        return row;
    }
}
