package org.cooperationatlas.base.ui.chart;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cooperationatlas.base.ui.PageScript;

/**
 * One Apache ECharts chart, drawn from an option built in Java. The library comes from its WebJar; the chart
 * follows the light/dark theme, resizes with its container, reports clicks, and carries a table of the same
 * data for screen readers (and for anyone who asks to see it).
 *
 * <p>The page's response only tells the browser to draw the chart; the browser then fetches the option and the
 * table from the chart's own address, after the page and one chart after another. A page of charts thus answers
 * quickly and small, and the server writes a chart's data as a stream rather than holding it as one text. The
 * server keeps one element per chart: the drawing area and the table inside it are the browser's.
 */
@Tag("div")
public class EChart extends Component implements HasSize, HasStyle {

    private static final String RENDER = """
            const host = this, args = [$0, $1];
            const go = () => window.atlasCharts ? window.atlasCharts.render(host, ...args) : setTimeout(go, 30);
            go();
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory STREAMS = JSON.getFactory();

    private final ChartTable table = new ChartTable();
    private final ChartData data = new ChartData();
    private final List<Consumer<ChartClick>> clickListeners = new ArrayList<>();
    // The option as JSON text, deflated: what the chart's address serves. Read by that request as well, which
    // runs without the page's lock.
    private volatile PackedText option;
    private String mapName;
    private String mapUrl;
    private boolean drawingAsked;

    public EChart(String description) {
        addClassName("atlas-chart");
        // What the drawing area, made by the browser, is called for screen readers (it is a picture to them).
        getElement().setAttribute("data-label", description);
        getElement().setAttribute("data-chart", data);
    }

    /** The height of the drawing (320 pixels unless set); a table shown below it adds to the component's height. */
    public void setChartHeight(String height) {
        getStyle().set("--atlas-chart-height", height);
    }

    /** Replaces what the chart shows; the option follows the ECharts option reference. */
    public void setOption(ObjectNode option) {
        this.option = PackedText.ofJson(JSON, option);
        askToDraw();
    }

    /** A GeoJSON map the option's map series refer to by name, fetched once per page from the URL. */
    public void useMap(String name, String url) {
        this.mapName = name;
        this.mapUrl = url;
    }

    public void setTable(List<String> headers, List<List<String>> rows) {
        table.show(headers, rows);
        askToDraw();
    }

    /** The rows of the table alternative, as a screen reader reads them. */
    public List<List<String>> tableRows() {
        return table.rows();
    }

    public Registration addClickListener(Consumer<ChartClick> listener) {
        clickListeners.add(listener);
        return () -> clickListeners.remove(listener);
    }

    /** The option last set: what the chart draws. */
    public ObjectNode getOption() {
        PackedText shown = option;
        try {
            return shown == null ? null : (ObjectNode) JSON.readTree(shown.text());
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("The chart's option is not JSON", unreadable);
        }
    }

    @ClientCallable
    private void chartClicked(String series, String name, String key, String value) {
        ChartClick click = new ChartClick(series, name, key, value);
        List.copyOf(clickListeners).forEach(listener -> listener.accept(click));
    }

    /** Lets tests and keyboard actions fire what a click on the chart would. */
    public void fireClick(ChartClick click) {
        chartClicked(click.series(), click.name(), click.key(), click.value());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        PageScript.load(attachEvent.getUI());
        // A re-attached chart is a new, empty element in the browser.
        drawingAsked = false;
        askToDraw();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // The element is gone by the time this runs in the browser, so the helper finds and disposes its chart.
        detachEvent.getUI().getPage().executeJs("window.atlasCharts && window.atlasCharts.sweep()");
    }

    /** Asks the browser to fetch and draw the chart once, however often its option and table change meanwhile. */
    private void askToDraw() {
        if (drawingAsked || !isAttached() || (option == null && table.isEmpty())) {
            return;
        }
        drawingAsked = true;
        getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> {
            drawingAsked = false;
            getElement().executeJs(RENDER, mapName, mapUrl);
        }));
    }

    /** What the chart's address serves. */
    DownloadHandler data() {
        return data;
    }

    /** Serves the chart's option and its table, as the browser draws them, in one JSON object. */
    private final class ChartData implements DownloadHandler {

        @Override
        public void handleDownloadRequest(DownloadEvent download) throws IOException {
            download.setContentType("application/json");
            download.getResponse().setHeader("Cache-Control", "no-store");
            PackedText shown = option;
            try (JsonGenerator json = STREAMS.createGenerator(download.getOutputStream())) {
                json.writeStartObject();
                json.writeFieldName("option");
                if (shown == null) {
                    json.writeNull();
                } else {
                    json.writeRawValue(shown.text());
                }
                json.writeStringField("table", table.html());
                json.writeEndObject();
            }
        }

        // A chart behind an open dialog still draws.
        @Override
        public boolean isAllowInert() {
            return true;
        }
    }

    /** What was clicked: the series, the category or region name, the data item's key, and its value. */
    public record ChartClick(String series, String name, String key, String value) {}
}
