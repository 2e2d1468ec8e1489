package org.cooperationatlas.explore.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cooperationatlas.base.domain.FlowGroups;
import org.cooperationatlas.base.ui.RenderedHtml;
import org.cooperationatlas.base.ui.chart.ChartCard;
import org.cooperationatlas.country.Country;
import org.cooperationatlas.country.CountryService;
import org.cooperationatlas.record.RecordService;
import org.cooperationatlas.record.RecordTitle;
import org.cooperationatlas.record.ui.RecordFormView;
import org.cooperationatlas.statistics.FlowRole;
import org.cooperationatlas.statistics.RecordFlow;
import org.cooperationatlas.statistics.RecordStatistics;

/** The records as flows: lead country to partner countries, or to the countries it works in. */
class RecordFlowPicture implements Serializable {

    /** The most records listed behind a clicked flow; the records page finds the rest. */
    static final int MOST_RECORDS = 50;

    private final Component context;
    private final RecordStatistics statistics;
    private final RecordService records;
    private final CountryService countries;
    private final Locale locale;

    RecordFlowPicture(
            Component context,
            RecordStatistics statistics,
            RecordService records,
            CountryService countries,
            Locale locale) {
        this.context = context;
        this.statistics = statistics;
        this.records = records;
        this.countries = countries;
        this.locale = locale;
    }

    void draw(FlowQuery query, ChartCard arcs, ChartCard sankey) {
        List<RecordFlow> flows = flows(query);
        List<String> codes = new ArrayList<>();
        flows.forEach(flow -> {
            codes.add(flow.lead());
            codes.add(flow.counterpart());
        });
        Map<String, Country> byCode = countries.byCodes(codes);
        List<FlowPictures.Drawn> drawn = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (RecordFlow flow : flows) {
            Country lead = byCode.get(flow.lead());
            Country other = byCode.get(flow.counterpart());
            if (lead != null && other != null) {
                drawn.add(new FlowPictures.Drawn(
                        flow.lead(),
                        lead.displayName(locale),
                        PersonnelFlowPicture.at(lead),
                        flow.counterpart(),
                        other.displayName(locale),
                        PersonnelFlowPicture.at(other),
                        flow.records()));
            }
            rows.add(List.of(
                    label(flow.lead(), byCode, "flows.others.leads"),
                    label(flow.counterpart(), byCode, "flows.others.counterparts"),
                    String.valueOf(flow.records())));
        }
        String units =
                context.getTranslation("flows.units.records." + query.role().name());
        List<String> sources = List.of(context.getTranslation("flows.source.records"));
        List<String> headers = List.of(
                context.getTranslation("flows.column.lead"),
                context.getTranslation(
                        "flows.column.counterpart." + query.role().name()),
                context.getTranslation("flows.column.records"));
        arcs.chart().setOption(FlowPictures.arcs(drawn, context.getTranslation("flows.column.records")));
        arcs.setData(headers, rows, units, sources);
        arcs.setEmptyText(context.getTranslation("flows.empty.records"));
        List<FlowGroups.Group> groups = FlowGroups.of(
                flows,
                RecordFlow::lead,
                RecordFlow::counterpart,
                RecordFlow::records,
                FlowsView.SANKEY_SOURCES,
                FlowsView.SANKEY_TARGETS);
        sankey.chart()
                .setOption(FlowPictures.sankey(
                        groups,
                        code -> label(code, byCode, "flows.others.leads"),
                        code -> label(code, byCode, "flows.others.counterparts")));
        sankey.setData(
                headers,
                groups.stream()
                        .map(group -> List.of(
                                label(group.from(), byCode, "flows.others.leads"),
                                label(group.to(), byCode, "flows.others.counterparts"),
                                String.valueOf(group.value())))
                        .toList(),
                units,
                sources);
        sankey.setEmptyText(context.getTranslation("flows.empty.records"));
    }

    private List<RecordFlow> flows(FlowQuery query) {
        return statistics.recordFlows(query.kind(), query.crimeArea()).stream()
                .filter(flow -> flow.role() == query.role())
                .sorted(Comparator.comparingLong(RecordFlow::records)
                        .reversed()
                        .thenComparing(RecordFlow::lead)
                        .thenComparing(RecordFlow::counterpart))
                .toList();
    }

    /** Lists the records behind a flow (both ends named) below the pictures, newest first, as links. */
    void open(FlowQuery query, String lead, String counterpart, RenderedHtml behind) {
        if (lead == null || counterpart == null) {
            behind.render("", () -> "");
            return;
        }
        List<RecordTitle> found = records.withCounterpart(
                lead, counterpart, query.role() == FlowRole.PLACE, query.kind(), query.crimeArea(), MOST_RECORDS);
        Map<String, Country> byCode = countries.byCodes(List.of(lead, counterpart));
        String heading = context.getTranslation(
                "flows.records.heading." + query.role().name(),
                label(lead, byCode, "flows.others.leads"),
                label(counterpart, byCode, "flows.others.counterparts"),
                found.size());
        String html = html(heading, found);
        behind.render(html, () -> html);
    }

    private static String html(String heading, List<RecordTitle> found) {
        StringBuilder html =
                new StringBuilder("<h2>").append(RenderedHtml.escape(heading)).append("</h2><ul>");
        for (RecordTitle record : found) {
            String href = RouteConfiguration.forSessionScope()
                    .getUrl(RecordFormView.class, new RouteParameters(RecordFormView.ID, String.valueOf(record.id())));
            html.append("<li><a router-link href=\"")
                    .append(RenderedHtml.escape(href))
                    .append("\">")
                    .append(RenderedHtml.escape(record.title()))
                    .append("</a> · ")
                    .append(record.periodFrom())
                    .append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private String label(String code, Map<String, Country> byCode, String othersKey) {
        if (FlowGroups.OTHERS.equals(code)) {
            return context.getTranslation(othersKey);
        }
        Country country = byCode.get(code);
        return country == null ? code : country.displayName(locale);
    }
}
