package org.cooperationatlas.explore.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Locale;
import org.cooperationatlas.base.csv.CsvTable;
import org.cooperationatlas.base.domain.DayRange;
import org.cooperationatlas.base.ui.RenderedHtml;
import org.cooperationatlas.measure.Measures;
import org.cooperationatlas.measure.ui.FigureText;
import org.cooperationatlas.record.FigureLine;
import org.cooperationatlas.record.ui.RecordFormView;

/**
 * The figures about a country, each with its qualifier, period, record and source (its quote on hover), as an HTML
 * table: a read-only list, which the browser scrolls when it is long. The server keeps how to read the figures
 * again (for a re-attach or the CSV), not the figures nor a grid with a column component each.
 */
class CountryFigures extends RenderedHtml {

    private final SerializableSupplier<List<FigureLine>> figures;
    private final SerializableSupplier<Measures> measures;

    CountryFigures(
            List<FigureLine> shown,
            SerializableSupplier<List<FigureLine>> again,
            SerializableSupplier<Measures> measures) {
        super("div");
        this.figures = again;
        this.measures = measures;
        addClassName("atlas-figures-scroll");
        render(html(shown), () -> html(figures.get()));
    }

    private String html(List<FigureLine> lines) {
        if (lines.isEmpty()) {
            return "<p>" + escape(getTranslation("country.figures.none")) + "</p>";
        }
        StringBuilder html = new StringBuilder("<table class=\"atlas-record-figures\"><thead><tr>");
        for (String header : headers().subList(0, 5)) {
            html.append("<th scope=\"col\">").append(escape(header)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (FigureLine line : lines) {
            String href = RouteConfiguration.forSessionScope()
                    .getUrl(
                            RecordFormView.class,
                            new RouteParameters(RecordFormView.ID, String.valueOf(line.recordId())));
            html.append("<tr><td>")
                    .append(escape(
                            measures.get().label(line.metric(), UI.getCurrent().getLocale())))
                    .append("</td><td>")
                    .append(escape(amount(line)))
                    .append("</td><td>")
                    .append(escape(period(line)))
                    .append("</td><td><a router-link href=\"")
                    .append(escape(href))
                    .append("\">")
                    .append(escape(line.recordTitle()))
                    .append("</a></td><td")
                    .append(line.quote() == null ? "" : " title=\"" + escape(line.quote()) + "\"")
                    .append(">")
                    .append(escape(line.source()))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private List<String> headers() {
        return List.of(
                getTranslation("figure.metric"),
                getTranslation("figure.value"),
                getTranslation("record.period"),
                getTranslation("country.figures.record"),
                getTranslation("figure.source"),
                getTranslation("figure.quote"));
    }

    private String amount(FigureLine line) {
        return FigureText.amount(this, measures.get(), line.value(), line.qualifier(), line.unit());
    }

    private String period(FigureLine line) {
        Locale locale = getLocale();
        return DayRange.format(line.periodFrom(), line.periodTo(), locale)
                + (line.cumulative() ? " · " + getTranslation("figure.cumulative") : "");
    }

    /** The table's rows as they read, with the quote each figure comes with. */
    CsvTable csv(String title) {
        return new CsvTable(
                title,
                List.of(),
                headers(),
                figures.get().stream()
                        .map(line -> List.of(
                                measures.get()
                                        .label(line.metric(), UI.getCurrent().getLocale()),
                                amount(line),
                                period(line),
                                line.recordTitle(),
                                line.source(),
                                line.quote() == null ? "" : line.quote()))
                        .toList());
    }
}
