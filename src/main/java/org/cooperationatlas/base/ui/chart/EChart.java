package org.cooperationatlas.base.ui.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One Apache ECharts chart, drawn from an option built in Java. The library comes from its WebJar; the chart
 * follows the light/dark theme, resizes with its container, reports clicks, and carries a table of the same
 * data for screen readers (and for anyone who asks to see it).
 */
public class EChart extends Composite<Div> implements HasSize {

    private static final String LIBRARY = "/webjars/echarts/echarts.min.js";
    private static final String HELPER = "/js/atlas-chart.js";
    private static final String RENDER = """
            const host = this, args = [$0, $1, $2, $3];
            const go = () => (window.echarts && window.atlasCharts) ? window.atlasCharts.render(host, ...args) : setTimeout(go, 30);
            go();
            """;

    private static final ObjectMapper READER = new ObjectMapper();

    private final Div canvas = new Div();
    private final ChartTable table = new ChartTable();
    private final List<Consumer<ChartClick>> clickListeners = new ArrayList<>();
    // The option as the JSON text sent, deflated: kept only to draw the chart again after a re-attach; a tree of
    // nodes for every value would stay in the session for as long as the page is open.
    private PackedText option;
    private String mapName;
    private String mapUrl;

    public EChart(String description) {
        canvas.addClassName("atlas-chart-canvas");
        canvas.getElement().setAttribute("role", "img");
        canvas.getElement().setAttribute("aria-label", description);
        getContent().addClassName("atlas-chart");
        getContent().add(canvas, table);
        setWidthFull();
        setChartHeight("320px");
    }

    /** The height of the drawing; a table shown below it adds to the component's height. */
    public void setChartHeight(String height) {
        canvas.setHeight(height);
    }

    /** Replaces what the chart shows; the option follows the ECharts option reference. */
    public void setOption(ObjectNode option) {
        this.option = PackedText.of(option.toString());
        render();
    }

    /** A GeoJSON map the option's map series refer to by name, fetched once per page from the URL. */
    public void useMap(String name, String url) {
        this.mapName = name;
        this.mapUrl = url;
    }

    public void setTable(List<String> headers, List<List<String>> rows) {
        table.show(headers, rows);
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
        try {
            return option == null ? null : (ObjectNode) READER.readTree(option.text());
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
        attachEvent.getUI().getPage().addJavaScript(LIBRARY);
        attachEvent.getUI().getPage().addJavaScript(HELPER);
        render();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // The element is gone by the time this runs in the browser, so the helper finds and disposes its chart.
        detachEvent.getUI().getPage().executeJs("window.atlasCharts && window.atlasCharts.sweep()");
    }

    private void render() {
        if (option != null && isAttached()) {
            getElement().executeJs(RENDER, canvas.getElement(), option.text(), mapName, mapUrl);
        }
    }

    /** What was clicked: the series, the category or region name, the data item's key, and its value. */
    public record ChartClick(String series, String name, String key, String value) {}
}
