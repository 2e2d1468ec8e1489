package org.cooperationatlas.explore.ui;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cooperationatlas.peacekeeping.MonthRange;
import org.cooperationatlas.peacekeeping.PersonnelGroup;
import org.cooperationatlas.record.CrimeArea;
import org.cooperationatlas.record.RecordKind;
import org.cooperationatlas.statistics.FlowRole;

/**
 * What the flows page shows, as its address says it: personnel from the UN's statistics for a range of months and
 * a personnel group, or records of a kind and crime area joining lead countries to partners or places. Anything
 * the address gets wrong falls back to the default rather than failing the page.
 *
 * @param range null until the atlas holds statistics; then the latest month unless the address names others
 */
record FlowQuery(
        Show show, MonthRange range, PersonnelGroup group, RecordKind kind, CrimeArea crimeArea, FlowRole role) {

    enum Show {
        PERSONNEL,
        RECORDS
    }

    static FlowQuery of(Map<String, List<String>> parameters, Optional<YearMonth> latest) {
        Show show = value(parameters, "show", Show.class).orElse(Show.PERSONNEL);
        MonthRange range = MonthRange.parse(first(parameters, "from"), first(parameters, "to"))
                .or(() -> latest.map(MonthRange::of))
                .orElse(null);
        return new FlowQuery(
                show,
                range,
                value(parameters, "personnel", PersonnelGroup.class).orElse(PersonnelGroup.POLICE),
                value(parameters, "kind", RecordKind.class).orElse(null),
                value(parameters, "area", CrimeArea.class).orElse(null),
                value(parameters, "role", FlowRole.class).orElse(FlowRole.PARTNER));
    }

    Map<String, String> toParameters() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("show", lower(show));
        if (show == Show.PERSONNEL) {
            if (range != null) {
                parameters.put("from", range.from().toString());
                parameters.put("to", range.to().toString());
            }
            parameters.put("personnel", lower(group));
        } else {
            if (kind != null) {
                parameters.put("kind", lower(kind));
            }
            if (crimeArea != null) {
                parameters.put("area", lower(crimeArea));
            }
            parameters.put("role", lower(role));
        }
        return parameters;
    }

    FlowQuery withShow(Show show) {
        return new FlowQuery(show, range, group, kind, crimeArea, role);
    }

    FlowQuery withRange(MonthRange range) {
        return new FlowQuery(show, range, group, kind, crimeArea, role);
    }

    FlowQuery withGroup(PersonnelGroup group) {
        return new FlowQuery(show, range, group, kind, crimeArea, role);
    }

    FlowQuery withRecords(RecordKind kind, CrimeArea crimeArea, FlowRole role) {
        return new FlowQuery(show, range, group, kind, crimeArea, role);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    private static <E extends Enum<E>> Optional<E> value(
            Map<String, List<String>> parameters, String name, Class<E> type) {
        String text = first(parameters, name);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
