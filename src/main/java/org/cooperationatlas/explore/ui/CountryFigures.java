package org.cooperationatlas.explore.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.cooperationatlas.base.csv.CsvTable;
import org.cooperationatlas.base.domain.DayRange;
import org.cooperationatlas.record.FigureLine;
import org.cooperationatlas.record.ui.FigureText;
import org.cooperationatlas.record.ui.RecordFormView;

/** The figures about a country, each with its qualifier, period, record and source. */
class CountryFigures extends Composite<Grid<FigureLine>> {

    private final List<FigureLine> figures;

    CountryFigures(List<FigureLine> figures) {
        this.figures = figures;
        Grid<FigureLine> grid = getContent();
        grid.addColumn(f -> getTranslation(f.metric().messageKey()))
                .setHeader(getTranslation("figure.metric"))
                .setKey("metric")
                .setFlexGrow(2);
        grid.addColumn(f -> FigureText.amount(this, f.value(), f.qualifier(), f.unit()))
                .setHeader(getTranslation("figure.value"))
                .setKey("value")
                .setFlexGrow(2);
        grid.addColumn(f -> DayRange.format(
                                f.periodFrom(), f.periodTo(), UI.getCurrent().getLocale())
                        + (f.cumulative() ? " · " + getTranslation("figure.cumulative") : ""))
                .setHeader(getTranslation("record.period"))
                .setKey("period")
                .setFlexGrow(1);
        // A link drawn by the browser from the row's data: no component per row is kept on the server.
        grid.addColumn(LitRenderer.<FigureLine>of("<a router-link href=\"${item.href}\">${item.title}</a>")
                        .withProperty(
                                "href",
                                f -> RouteConfiguration.forSessionScope()
                                        .getUrl(
                                                RecordFormView.class,
                                                new RouteParameters(RecordFormView.ID, String.valueOf(f.recordId()))))
                        .withProperty("title", FigureLine::recordTitle))
                .setHeader(getTranslation("country.figures.record"))
                .setKey("record")
                .setFlexGrow(3);
        grid.addColumn(FigureLine::source)
                .setHeader(getTranslation("figure.source"))
                .setKey("source")
                .setFlexGrow(2)
                .setTooltipGenerator(f -> f.quote() == null ? "" : f.quote());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(figures);
        // Short lists show whole; long ones scroll inside the grid, which then loads only the rows in view.
        if (figures.size() <= 25) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("32em");
        }
        grid.setEmptyStateText(getTranslation("country.figures.none"));
    }

    /** The grid's rows as they read, with the quote each figure comes with. */
    CsvTable csv(String title) {
        return new CsvTable(
                title,
                List.of(),
                List.of(
                        getTranslation("figure.metric"),
                        getTranslation("figure.value"),
                        getTranslation("record.period"),
                        getTranslation("country.figures.record"),
                        getTranslation("figure.source"),
                        getTranslation("figure.quote")),
                figures.stream()
                        .map(f -> List.of(
                                getTranslation(f.metric().messageKey()),
                                FigureText.amount(this, f.value(), f.qualifier(), f.unit()),
                                DayRange.format(
                                                f.periodFrom(),
                                                f.periodTo(),
                                                UI.getCurrent().getLocale())
                                        + (f.cumulative() ? " · " + getTranslation("figure.cumulative") : ""),
                                f.recordTitle(),
                                f.source(),
                                f.quote() == null ? "" : f.quote()))
                        .toList());
    }
}
