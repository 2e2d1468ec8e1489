package org.cooperationatlas.record.ui;

import static org.cooperationatlas.base.ui.RenderedHtml.escape;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cooperationatlas.base.domain.DayRange;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.measure.Measures;
import org.cooperationatlas.measure.ui.FigureText;
import org.cooperationatlas.record.CooperationRecord;
import org.cooperationatlas.record.Figure;
import org.cooperationatlas.record.FigureCheck;
import org.cooperationatlas.record.FigureChecks;
import org.cooperationatlas.record.Place;
import org.cooperationatlas.source.Source;

/**
 * A record as a reader who may not edit it reads it: its facts, places and figures as a document, with links to
 * its countries and sources, rather than a form of disabled fields that the server would keep for the visit.
 */
final class RecordReading {

    private final Component context;
    private final FigureChecks checks;
    private final CountryService countries;
    private final Locale locale;
    private final Measures measures;

    RecordReading(Component context, FigureChecks checks, CountryService countries, Measures measures) {
        this.measures = measures;
        this.context = context;
        this.checks = checks;
        this.countries = countries;
        this.locale = UI.getCurrent().getLocale();
    }

    String html(CooperationRecord record) {
        StringBuilder html = new StringBuilder("<dl class=\"atlas-record-facts\">");
        fact(html, "record.kind", escape(text(record.getKind().messageKey())));
        fact(html, "record.crimeArea", escape(text(record.getCrimeArea().messageKey())));
        fact(html, "record.status", escape(text(record.getStatus().messageKey())));
        fact(html, "record.period", escape(record.period().format(locale)));
        fact(html, "record.lead", countryLink(record.getLeadCountry()));
        fact(
                html,
                "record.partners",
                record.getPartners().stream()
                        .sorted(byName())
                        .map(this::countryLink)
                        .collect(Collectors.joining(", ")));
        fact(html, "record.summary", record.getSummary() == null ? "" : escape(record.getSummary()));
        fact(
                html,
                "record.sources",
                record.getSources().stream()
                        .sorted(Comparator.comparing(Source::getPublishedOn).reversed())
                        .map(source -> "<div>" + source(source) + "</div>")
                        .collect(Collectors.joining()));
        html.append("</dl>");
        heading(html, "record.section.places");
        places(html, record.getPlaces());
        heading(html, "record.section.figures");
        figures(html, record.getFigures());
        return html.toString();
    }

    private void fact(StringBuilder html, String labelKey, String valueHtml) {
        html.append("<dt>")
                .append(escape(text(labelKey)))
                .append("</dt><dd>")
                .append(valueHtml.isEmpty() ? escape(text("record.reading.none")) : valueHtml)
                .append("</dd>");
    }

    private void heading(StringBuilder html, String key) {
        html.append("<h2 class=\"atlas-record-section\">")
                .append(escape(text(key)))
                .append("</h2>");
    }

    private void places(StringBuilder html, List<Place> places) {
        if (places.isEmpty()) {
            html.append("<p>").append(escape(text("record.reading.none"))).append("</p>");
            return;
        }
        html.append("<ul>");
        for (Place place : places) {
            html.append("<li>").append(escape(place.getName()));
            if (place.getLocality() != null && !place.getLocality().isBlank()) {
                html.append(", ").append(escape(place.getLocality()));
            }
            html.append(" · ").append(countryLink(place.getCountry())).append("</li>");
        }
        html.append("</ul>");
    }

    private void figures(StringBuilder html, List<Figure> figures) {
        if (figures.isEmpty()) {
            html.append("<p>").append(escape(text("record.reading.none"))).append("</p>");
            return;
        }
        html.append("<table class=\"atlas-record-figures\"><thead><tr>");
        for (String key : List.of(
                "figure.metric",
                "figure.value",
                "record.period",
                "figure.country",
                "figure.source",
                "figure.quote",
                "figure.check")) {
            html.append("<th scope=\"col\">").append(escape(text(key))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (Figure figure : figures) {
            html.append("<tr><th scope=\"row\">")
                    .append(escape(measures.label(figure.getMetric(), locale)))
                    .append("</th><td>")
                    .append(escape(FigureText.amount(
                            context, measures, figure.getValue(), figure.getQualifier(), figure.getUnit())))
                    .append("</td><td>")
                    .append(escape(DayRange.format(figure.getPeriodFrom(), figure.getPeriodTo(), locale)
                            + (figure.isCumulative() ? " · " + text("figure.cumulative") : "")))
                    .append("</td><td>")
                    .append(figure.getCountry() == null ? "" : countryLink(figure.getCountry()))
                    .append("</td><td>")
                    .append(source(figure.getSource()))
                    .append("</td><td>")
                    .append(figure.getQuote() == null ? "" : escape(figure.getQuote()))
                    .append("</td><td>")
                    .append(check(figure))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private String check(Figure figure) {
        FigureCheck check = checks.check(figure);
        String text = escape(FigureCheckText.of(context, check, locale, this::countryName));
        return "<span class=\"atlas-figure-check atlas-figure-check-"
                + check.outcome().name().toLowerCase(Locale.ROOT) + "\">" + text + "</span>";
    }

    private String countryName(String iso2) {
        return countries.find(iso2).map(country -> country.displayName(locale)).orElse(iso2);
    }

    // The country profile's address, written out: its view's package depends on this one, not the other way.
    private String countryLink(Country country) {
        String href = "countries/" + country.getIso2();
        return "<a router-link href=\"" + escape(href) + "\">" + escape(country.displayName(locale)) + "</a>";
    }

    // Only web addresses become links: a stored "javascript:" address must not run when clicked.
    private static String source(Source source) {
        String title = escape(source.getTitle());
        String url = source.getUrl();
        String linked = url != null && url.matches("(?i)https?://\\S+")
                ? "<a href=\"" + escape(url) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + title + "</a>"
                : title;
        return escape(source.getPublisher()) + ", " + source.getPublishedOn() + ": " + linked;
    }

    private Comparator<Country> byName() {
        return Comparator.comparing(country -> country.displayName(locale));
    }

    private String text(String key) {
        return context.getTranslation(key);
    }
}
