package org.cooperationatlas.dashboard.ui;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cooperationatlas.base.domain.DayRange;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.ui.RenderedHtml;
import org.cooperationatlas.measure.Measures;
import org.cooperationatlas.measure.ui.FigureText;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.statistics.FigureTotal;
import org.cooperationatlas.statistics.RecordStatistics;

/**
 * The six numbers a visitor reads first. Figures are added only where that is honest: same unit, yearly with
 * yearly; cumulative totals are named beside them, never folded in, and every qualifier carries through.
 */
class HeadlineTiles extends RenderedHtml {

    final Tile records = new Tile(getTranslation("dashboard.tile.records"));
    final Tile countries = new Tile(getTranslation("dashboard.tile.countries"));
    final Tile suspects = new Tile(getTranslation("dashboard.tile.suspects"));
    final Tile victims = new Tile(getTranslation("dashboard.tile.victims"));
    final Tile fugitives = new Tile(getTranslation("dashboard.tile.fugitives"));
    final Tile assets = new Tile(getTranslation("dashboard.tile.assets"));

    private transient Measures measures;

    HeadlineTiles() {
        super("div");
        addClassName("atlas-tiles");
    }

    private String html() {
        return Stream.of(records, countries, suspects, victims, fugitives, assets)
                .map(Tile::html)
                .collect(Collectors.joining());
    }

    void show(RecordStatistics statistics, Measures known, RecordFilter filter) {
        this.measures = known;
        String period = periodOf(filter);
        NumberFormat number = NumberFormat.getIntegerInstance(locale());
        records.show(number.format(statistics.countRecords(filter)), List.of(period));
        countries.show(
                number.format(statistics.countCountriesInvolved(filter)),
                List.of(getTranslation("dashboard.tile.countries.note"), period));
        List<FigureTotal> totals = statistics.figureTotals(
                filter,
                List.of(
                        Metric.SUSPECTS_ARRESTED,
                        Metric.SUSPECTS_DETAINED,
                        Metric.VICTIMS_RESCUED,
                        Metric.FUGITIVES_CAPTURED,
                        Metric.ASSETS_RECOVERED));
        showTotals(suspects, totals, Set.of(Metric.SUSPECTS_ARRESTED, Metric.SUSPECTS_DETAINED));
        showTotals(victims, totals, Set.of(Metric.VICTIMS_RESCUED));
        showTotals(fugitives, totals, Set.of(Metric.FUGITIVES_CAPTURED));
        showTotals(assets, totals, Set.of(Metric.ASSETS_RECOVERED));
        render(this::html);
    }

    // Yearly figures of one unit are added into the headline; each cumulative total and each other unit gets
    // its own line, so that nothing is added that should not be.
    private void showTotals(Tile tile, List<FigureTotal> totals, Set<Metric> metrics) {
        List<FigureTotal> mine =
                totals.stream().filter(t -> metrics.contains(t.metric())).toList();
        if (mine.isEmpty()) {
            tile.show("–", List.of(getTranslation("dashboard.tile.noFigures")));
            return;
        }
        List<FigureTotal> combined = new ArrayList<>();
        for (FigureTotal total : mine) {
            combined.stream()
                    .filter(c -> c.unit().equals(total.unit()) && c.cumulative() == total.cumulative())
                    .findFirst()
                    .ifPresentOrElse(c -> combined.set(combined.indexOf(c), c.plus(total)), () -> combined.add(total));
        }
        combined.sort((a, b) -> Boolean.compare(a.cumulative(), b.cumulative()));
        FigureTotal main = combined.get(0);
        List<String> notes = new ArrayList<>(List.of(describe(main)));
        combined.stream()
                .skip(1)
                .forEach(other -> notes.add(getTranslation(
                        other.cumulative() && !main.cumulative()
                                ? "dashboard.tile.notAddedCumulative"
                                : "dashboard.tile.notAdded",
                        amount(other),
                        describe(other))));
        tile.show(amount(main), notes);
    }

    private String amount(FigureTotal total) {
        BigDecimal value = total.total();
        if (value.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            NumberFormat compact = NumberFormat.getCompactNumberInstance(locale(), NumberFormat.Style.LONG);
            compact.setMaximumFractionDigits(2);
            String number = compact.format(value.doubleValue());
            return getTranslation(
                    total.qualifier().messageKey() + ".value", measures.value(total.unit(), number, locale()));
        }
        return FigureText.amount(this, measures, value, total.qualifier(), total.unit());
    }

    private String describe(FigureTotal total) {
        String span = DayRange.format(total.from(), total.to(), locale());
        return getTranslation(
                total.cumulative() ? "dashboard.tile.cumulative" : "dashboard.tile.yearly",
                total.figures(),
                span.isEmpty() ? getTranslation("dashboard.tile.undated") : span);
    }

    private String periodOf(RecordFilter filter) {
        if (filter.fromYear() == null && filter.toYear() == null) {
            return getTranslation("dashboard.period.all");
        }
        return getTranslation(
                "dashboard.period.years",
                filter.fromYear() == null ? "…" : filter.fromYear().toString(),
                filter.toYear() == null ? "…" : filter.toYear().toString());
    }

    private static Locale locale() {
        return UI.getCurrent().getLocale();
    }
}
