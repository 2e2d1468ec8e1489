package org.cooperationatlas.dashboard.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cooperationatlas.base.domain.DayRange;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.base.ui.chart.ChartCard;
import org.cooperationatlas.base.ui.chart.EChart;
import org.cooperationatlas.measure.Measures;
import org.cooperationatlas.measure.ui.FigureText;
import org.cooperationatlas.peacekeeping.PeacekeepingService;
import org.cooperationatlas.peacekeeping.ui.PersonnelOverTime;
import org.cooperationatlas.peacekeeping.ui.StatisticsLoadingText;
import org.cooperationatlas.peacekeeping.ui.StatisticsSource;
import org.cooperationatlas.record.RecordFilter;
import org.cooperationatlas.record.RecordKind;
import org.cooperationatlas.record.ui.AccountsList;
import org.cooperationatlas.statistics.FigureTotal;
import org.cooperationatlas.statistics.RecordStatistics;
import org.cooperationatlas.statistics.RecordStatistics.YearTotal;
import org.cooperationatlas.statistics.YearCount;

/**
 * The dashboard's five charts. Each click opens the records behind the clicked bar: the current filter
 * narrowed by the bar's year, kind, metric or region.
 */
class DashboardCharts extends Composite<Div> {

    private static final int DISAGREEMENTS_SHOWN = 3;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final ChartCard perYear = card("dashboard.chart.perYear");
    final ChartCard outcomes = card("dashboard.chart.outcomes");
    final ChartCard fled = card("dashboard.chart.fled");
    final ChartCard peacekeeping = card("dashboard.chart.peacekeeping");
    final ChartCard byRegion = card("dashboard.chart.byRegion");
    private RecordFilter filter = RecordFilter.NONE;
    // The metrics and units of the last drawing: the service keeps them, the session does not.
    private transient Measures measures;

    DashboardCharts(SerializableConsumer<RecordFilter> openRecords) {
        getContent().addClassName("atlas-charts");
        getContent().add(perYear, outcomes, fled, peacekeeping, byRegion);
        perYear.chart().addClickListener(click -> {
            String[] yearAndKind = click.key().split(":");
            openRecords.accept(filter.withYears(Integer.valueOf(yearAndKind[0]), Integer.valueOf(yearAndKind[0]))
                    .withKind(RecordKind.valueOf(yearAndKind[1])));
        });
        outcomes.chart().addClickListener(click -> openRecords.accept(filter.withMetric(Metric.valueOf(click.key()))));
        fled.chart()
                .addClickListener(click -> openRecords.accept(filter.withMetric(Metric.FUGITIVES_FLED)
                        .withYears(Integer.valueOf(click.key()), Integer.valueOf(click.key()))));
        byRegion.chart().addClickListener(click -> openRecords.accept(filter.withRegion(click.key())));
        peacekeeping.setEmptyText(getTranslation("dashboard.chart.peacekeeping.empty"));
        perYear.setEmptyText(getTranslation("dashboard.chart.empty"));
        outcomes.setEmptyText(getTranslation("dashboard.chart.empty"));
        fled.setEmptyText(getTranslation("dashboard.chart.empty"));
        byRegion.setEmptyText(getTranslation("dashboard.chart.empty"));
    }

    void show(
            RecordStatistics statistics,
            PeacekeepingService peacekeepingService,
            Measures measures,
            RecordFilter shown) {
        filter = shown;
        this.measures = measures;
        List<String> sources = statistics.sourcesOf(shown, 4);
        List<String> named =
                sources.size() > 3 ? List.of(sources.get(0), sources.get(1), sources.get(2), "…") : sources;
        showPerYear(statistics.recordsPerYear(shown), named);
        showOutcomes(statistics.figureTotals(shown), named);
        // Where the sources of these records disagree, the outcomes' table says so beside its sources.
        outcomes.setRemarks(statistics.disagreements(shown).stream()
                .limit(DISAGREEMENTS_SHOWN)
                .map(account -> AccountsList.statement(
                        this, measures, account.disagreement().orElseThrow()))
                .toList());
        showFled(statistics.yearlyTotals(shown, Metric.FUGITIVES_FLED), named);
        showByRegion(statistics.recordsByRegion(shown), named);
        PersonnelOverTime personnel = new PersonnelOverTime(
                peacekeepingService.monthlyPersonnel(shown.country(), shown.region(), shown.fromYear(), shown.toYear()),
                peacekeepingService.monthsHeld());
        peacekeeping.setEmptyText(StatisticsLoadingText.or(
                this, peacekeepingService.statisticsLoading(), "dashboard.chart.peacekeeping.empty"));
        peacekeeping.chart().setOption(personnel.option(this));
        peacekeeping.setData(
                personnel.headers(this),
                personnel.rows(this),
                getTranslation("dashboard.units.people"),
                List.of(StatisticsSource.describe(this, peacekeepingService.reports(), personnel.gaps())));
    }

    private void showPerYear(List<YearCount> counts, List<String> sources) {
        List<RecordKind> kinds =
                counts.stream().map(YearCount::kind).distinct().sorted().toList();
        List<Integer> years = counts.isEmpty()
                ? List.of()
                : IntStream.rangeClosed(
                                counts.get(0).year(),
                                counts.get(counts.size() - 1).year())
                        .boxed()
                        .toList();
        ObjectNode option = barOption(years.stream().map(String::valueOf).toList(), false);
        option.putObject("legend").put("bottom", 0).put("type", "scroll");
        ArrayNode series = option.putArray("series");
        for (RecordKind kind : kinds) {
            ObjectNode bars = series.addObject()
                    .put("type", "bar")
                    .put("stack", "records")
                    .put("name", getTranslation(kind.messageKey()));
            ArrayNode data = bars.putArray("data");
            for (int year : years) {
                long value = counts.stream()
                        .filter(c -> c.year() == year && c.kind() == kind)
                        .mapToLong(YearCount::records)
                        .sum();
                data.addObject().put("value", value).put("key", year + ":" + kind.name());
            }
        }
        perYear.chart().setOption(option);
        List<String> headers = new ArrayList<>(List.of(getTranslation("dashboard.year")));
        kinds.forEach(kind -> headers.add(getTranslation(kind.messageKey())));
        List<List<String>> rows = years.stream()
                .map(year -> {
                    List<String> row = new ArrayList<>(List.of(String.valueOf(year)));
                    kinds.forEach(kind -> row.add(String.valueOf(counts.stream()
                            .filter(c -> c.year() == year && c.kind() == kind)
                            .mapToLong(YearCount::records)
                            .sum())));
                    return row;
                })
                .toList();
        perYear.setData(headers, rows, getTranslation("dashboard.units.perYear"), sources);
    }

    // Only counts of people share an axis; other units are in the table below the chart.
    private void showOutcomes(List<FigureTotal> totals, List<String> sources) {
        List<FigureTotal> people =
                totals.stream().filter(t -> t.unit().equals(Unit.PEOPLE)).toList();
        ObjectNode option = barOption(people.stream().map(this::outcomeLabel).toList(), true);
        ArrayNode data = option.putArray("series")
                .addObject()
                .put("type", "bar")
                .put("name", getTranslation("dashboard.chart.outcomes"))
                .putArray("data");
        for (FigureTotal total : people) {
            ObjectNode bar = data.addObject()
                    .put("value", total.total())
                    .put("key", total.metric().name());
            bar.putObject("label")
                    .put("show", true)
                    .put("position", "right")
                    .put(
                            "formatter",
                            FigureText.amount(this, measures, total.total(), total.qualifier(), total.unit()));
        }
        outcomes.chart().setOption(option);
        outcomes.chart().setChartHeight(Math.max(220, 48 + 46 * people.size()) + "px");
        outcomes.setData(
                List.of(
                        getTranslation("figure.metric"),
                        getTranslation("dashboard.total"),
                        getTranslation("dashboard.figures"),
                        getTranslation("record.period")),
                totals.stream()
                        .map(t -> List.of(
                                outcomeLabel(t),
                                FigureText.amount(this, measures, t.total(), t.qualifier(), t.unit()),
                                String.valueOf(t.figures()),
                                DayRange.format(
                                        t.from(), t.to(), UI.getCurrent().getLocale())))
                        .toList(),
                getTranslation("dashboard.units.outcomes"),
                sources);
    }

    private String outcomeLabel(FigureTotal total) {
        String metric = measures.label(total.metric(), UI.getCurrent().getLocale());
        return total.cumulative() ? getTranslation("dashboard.cumulativeLabel", metric) : metric;
    }

    private void showFled(List<YearTotal> totals, List<String> sources) {
        ObjectNode option =
                barOption(totals.stream().map(t -> String.valueOf(t.year())).toList(), false);
        ArrayNode data = option.putArray("series")
                .addObject()
                .put("type", "bar")
                .put(
                        "name",
                        measures.label(Metric.FUGITIVES_FLED, UI.getCurrent().getLocale()))
                .putArray("data");
        for (YearTotal total : totals) {
            ObjectNode bar = data.addObject().put("value", total.total()).put("key", String.valueOf(total.year()));
            bar.putObject("label")
                    .put("show", true)
                    .put("position", "top")
                    .put(
                            "formatter",
                            FigureText.amount(this, measures, total.total(), total.qualifier(), total.unit()));
        }
        fled.chart().setOption(option);
        fled.setData(
                List.of(
                        getTranslation("dashboard.year"),
                        measures.label(Metric.FUGITIVES_FLED, UI.getCurrent().getLocale())),
                totals.stream()
                        .map(t -> List.of(
                                String.valueOf(t.year()),
                                FigureText.amount(this, measures, t.total(), t.qualifier(), t.unit())))
                        .toList(),
                getTranslation("dashboard.units.fled"),
                sources);
    }

    private void showByRegion(Map<String, Long> counts, List<String> sources) {
        List<String> regions = List.copyOf(counts.keySet());
        ObjectNode option = barOption(
                regions.stream().map(r -> getTranslation("region." + r)).toList(), true);
        ArrayNode data = option.putArray("series")
                .addObject()
                .put("type", "bar")
                .put("name", getTranslation("dashboard.chart.byRegion"))
                .putArray("data");
        regions.forEach(
                region -> data.addObject().put("value", counts.get(region)).put("key", region));
        byRegion.chart().setOption(option);
        byRegion.setData(
                List.of(getTranslation("records.filter.region"), getTranslation("countries.records")),
                regions.stream()
                        .map(r -> List.of(getTranslation("region." + r), String.valueOf(counts.get(r))))
                        .toList(),
                getTranslation("dashboard.units.byRegion"),
                sources);
    }

    private static ObjectNode barOption(List<String> categories, boolean horizontal) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip")
                .put("trigger", "axis")
                .putObject("axisPointer")
                .put("type", "shadow");
        option.putObject("grid")
                .put("left", 8)
                .put("right", horizontal ? 120 : 16)
                .put("top", 24)
                .put("bottom", 40)
                .put("containLabel", true);
        ObjectNode categoryAxis =
                option.putObject(horizontal ? "yAxis" : "xAxis").put("type", "category");
        ArrayNode names = categoryAxis.putArray("data");
        categories.forEach(names::add);
        if (horizontal) {
            categoryAxis.put("inverse", true);
            // Long metric names wrap instead of squeezing the bars to nothing on a narrow card.
            categoryAxis
                    .putObject("axisLabel")
                    .put("width", 130)
                    .put("overflow", "break")
                    .put("lineHeight", 13);
        }
        ObjectNode valueAxis = option.putObject(horizontal ? "xAxis" : "yAxis")
                .put("type", "value")
                .put("minInterval", 1);
        if (horizontal) {
            // Each bar carries its own qualified label; a crowded value scale would only repeat it less exactly.
            valueAxis.putObject("axisLabel").put("show", false);
        }
        return option;
    }

    private ChartCard card(String titleKey) {
        return new ChartCard(getTranslation(titleKey), new EChart(getTranslation(titleKey)));
    }
}
