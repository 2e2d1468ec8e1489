package org.cooperationatlas.measure;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cooperationatlas.base.domain.Metric;
import org.cooperationatlas.base.domain.Unit;
import org.cooperationatlas.base.domain.UnitKind;

/**
 * The metrics and units the atlas knows at one state of its data: their names, how a value of a unit is written,
 * a unit's kind, and which figures add up. A snapshot, cheap to ask many times. A code it does not know (a figure
 * written before its metric was, say) reads as the code itself, counts as a count and adds up with nothing else.
 */
public final class Measures implements java.io.Serializable {

    private final Map<Metric, MetricInfo> metrics = new LinkedHashMap<>();
    private final Map<Unit, UnitInfo> units = new LinkedHashMap<>();

    /** A metric as the snapshot holds it. */
    public record MetricInfo(Metric metric, String nameEn, String nameZh, Unit usualUnit, boolean summable) {
        public String name(Locale locale) {
            return chinese(locale) ? nameZh : nameEn;
        }
    }

    /** A unit as the snapshot holds it. */
    public record UnitInfo(Unit unit, String nameEn, String nameZh, String valueEn, String valueZh, UnitKind kind) {
        public String name(Locale locale) {
            return chinese(locale) ? nameZh : nameEn;
        }
    }

    Measures(List<MetricDefinition> metricDefinitions, List<UnitDefinition> unitDefinitions) {
        unitDefinitions.forEach(unit -> units.put(
                unit.unit(),
                new UnitInfo(
                        unit.unit(),
                        unit.getNameEn(),
                        unit.getNameZh(),
                        unit.getValueEn(),
                        unit.getValueZh(),
                        unit.getKind())));
        metricDefinitions.forEach(metric -> metrics.put(
                metric.metric(),
                new MetricInfo(
                        metric.metric(),
                        metric.getNameEn(),
                        metric.getNameZh(),
                        metric.getUsualUnit(),
                        metric.isSummable())));
    }

    /** Every metric, by its name in the language given. */
    public List<Metric> metrics(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return metrics.values().stream()
                .sorted(Comparator.comparing((MetricInfo info) -> info.name(locale), collator))
                .map(MetricInfo::metric)
                .toList();
    }

    /** Every unit, by its name in the language given. */
    public List<Unit> units(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return units.values().stream()
                .sorted(Comparator.comparing((UnitInfo info) -> info.name(locale), collator))
                .map(UnitInfo::unit)
                .toList();
    }

    public List<MetricInfo> metricInfos() {
        return List.copyOf(metrics.values());
    }

    public List<UnitInfo> unitInfos() {
        return List.copyOf(units.values());
    }

    public boolean knows(Metric metric) {
        return metrics.containsKey(metric);
    }

    public boolean knows(Unit unit) {
        return units.containsKey(unit);
    }

    public String label(Metric metric, Locale locale) {
        MetricInfo info = metrics.get(metric);
        return info == null ? metric.code() : info.name(locale);
    }

    public String label(Unit unit, Locale locale) {
        UnitInfo info = units.get(unit);
        return info == null ? unit.code() : info.name(locale);
    }

    /** A value written with its unit: "12 vessels", "12艘", "8,990,000,000 CNY", "40 %". */
    public String value(Unit unit, String number, Locale locale) {
        UnitInfo info = units.get(unit);
        if (info == null) {
            return number + " " + unit.code();
        }
        return (chinese(locale) ? info.valueZh() : info.valueEn()).replace("{0}", number);
    }

    public UnitKind kind(Unit unit) {
        UnitInfo info = units.get(unit);
        return info == null ? UnitKind.COUNT : info.kind();
    }

    public boolean isCurrency(Unit unit) {
        return kind(unit) == UnitKind.CURRENCY;
    }

    /** The unit a metric is usually given in, for a new figure of it. */
    public Unit usualUnit(Metric metric) {
        MetricInfo info = metrics.get(metric);
        return info == null ? Unit.PEOPLE : info.usualUnit();
    }

    /**
     * Whether figures of this metric in this unit may be added up with each other: not a change or a share, not a
     * percentage or a rank.
     */
    public boolean summable(Metric metric, Unit unit) {
        MetricInfo info = metrics.get(metric);
        return info != null && info.summable() && kind(unit).additive();
    }

    private static boolean chinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
