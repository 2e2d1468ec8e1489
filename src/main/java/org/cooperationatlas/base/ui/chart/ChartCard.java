package org.cooperationatlas.base.ui.chart;

import static org.cooperationatlas.base.ui.RenderedHtml.escape;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.cooperationatlas.base.csv.CsvTable;
import org.cooperationatlas.base.ui.CsvDownload;
import org.cooperationatlas.base.ui.RenderedHtml;

/**
 * A chart with what a reader needs to trust and reuse it: a title, its units, the sources behind it, its data
 * as a table, and the same data as a CSV download. The texts around the chart and the buttons that show the table
 * and fetch the CSV are one piece of HTML that works in the browser alone: the server keeps the card, its texts
 * and its chart, and the card's CSS grid places the parts (the texts' element lays out no box of its own).
 */
public class ChartCard extends Composite<Section> {

    // The card's element carries the CSV's address, which its download button (js/atlas-page.js) follows.
    private static final String CSV_ADDRESS = "data-csv";

    private final String title;
    private final EChart chart;
    private final RenderedHtml texts = new RenderedHtml("div");
    private List<String> remarks = List.of();
    private String unitsNote = "";
    private String sourceNote = "";
    private String emptyText = "";
    private boolean hasData;
    // The CSV is made from the chart's own table when it is downloaded: the rows are kept once, packed, there.
    private List<String> headers;

    public ChartCard(String title, EChart chart) {
        this.title = title;
        this.chart = chart;
        texts.addClassName("atlas-chart-card-texts");
        Section card = getContent();
        card.add(texts, chart);
        card.addClassNames("atlas-card", "atlas-chart-card");
        card.getElement()
                .setAttribute(
                        CSV_ADDRESS, CsvDownload.handler(fileName(title), this::csv, getTranslation("chart.exported")));
        renderTexts();
    }

    /** The chart's data: shown as its table, offered as its CSV, and named with its sources. */
    public void setData(List<String> headers, List<List<String>> rows, String unitsNote, List<String> sourceNames) {
        this.unitsNote = unitsNote;
        this.sourceNote = getTranslation("chart.sources", String.join("; ", sourceNames));
        chart.setTable(headers, rows);
        this.headers = List.copyOf(headers);
        hasData = !rows.isEmpty();
        chart.setVisible(hasData);
        renderTexts();
    }

    /** Remarks on the data, shown above its sources and kept in its CSV ("the sources disagree: …"). */
    public void setRemarks(List<String> remarks) {
        this.remarks = List.copyOf(remarks);
        renderTexts();
    }

    /** What to say when there is nothing to draw, and how to get there. */
    public void setEmptyText(String text) {
        emptyText = text;
        renderTexts();
    }

    public EChart chart() {
        return chart;
    }

    /** The CSV the download serves, as it would be served now. */
    public CsvTable csv() {
        if (headers == null) {
            return null;
        }
        List<String> notes = new java.util.ArrayList<>();
        notes.add(unitsNote);
        notes.addAll(remarks);
        notes.add(sourceNote);
        return new CsvTable(title, notes, headers, chart.tableRows());
    }

    private void renderTexts() {
        texts.render(() -> "<div class=\"atlas-chart-card-head\">" + headerHtml() + "</div>"
                + "<div class=\"atlas-chart-card-footer\">"
                + remarks.stream()
                        .map(remark -> paragraph(remark, LumoUtility.FontSize.XSMALL))
                        .collect(java.util.stream.Collectors.joining())
                + paragraph(sourceNote, LumoUtility.FontSize.XSMALL)
                + toggleHtml() + "</div>" + downloadHtml());
    }

    private String headerHtml() {
        String html = "<h2 class=\"" + LumoUtility.FontSize.LARGE + " " + LumoUtility.Margin.NONE + "\">"
                + escape(title) + "</h2>" + paragraph(unitsNote, LumoUtility.FontSize.SMALL);
        return hasData || emptyText.isEmpty() ? html : html + paragraph(emptyText, LumoUtility.FontSize.MEDIUM);
    }

    private String downloadHtml() {
        return hasData
                ? "<button type=\"button\" class=\"atlas-table-toggle atlas-csv-button\""
                        + " onclick=\"atlasCards.download(this)\">" + escape(getTranslation("chart.download"))
                        + "</button>"
                : "";
    }

    private String toggleHtml() {
        if (!hasData) {
            return "";
        }
        String show = getTranslation("chart.showTable");
        return "<button type=\"button\" class=\"atlas-table-toggle\" aria-expanded=\"false\" data-show=\""
                + escape(show) + "\" data-hide=\"" + escape(getTranslation("chart.hideTable"))
                + "\" onclick=\"atlasCards.toggleTable(this)\">" + escape(show) + "</button>";
    }

    private static String paragraph(String text, String size) {
        return text.isEmpty()
                ? ""
                : "<p class=\"" + LumoUtility.TextColor.SECONDARY + " " + size + " " + LumoUtility.Margin.NONE + "\">"
                        + escape(text) + "</p>";
    }

    private static String fileName(String title) {
        String slug = title.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "chart" : slug) + ".csv";
    }
}
