package org.cooperationatlas.base.ui.chart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.cooperationatlas.base.csv.CsvTable;
import org.cooperationatlas.base.ui.CsvDownload;

/**
 * A chart with what a reader needs to trust and reuse it: a title, its units, the sources behind it, its data
 * as a table, and the same data as a CSV download.
 */
public class ChartCard extends Composite<Section> {

    private final String title;
    private final EChart chart;
    private final Paragraph units = new Paragraph();
    private final Paragraph sources = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final Button tableToggle = new Button();
    private CsvTable csv;

    public ChartCard(String title, EChart chart) {
        this.title = title;
        this.chart = chart;
        H2 heading = new H2(title);
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        units.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        sources.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.XSMALL, LumoUtility.Margin.NONE);
        empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        empty.setVisible(false);

        tableToggle.setText(getTranslation("chart.showTable"));
        tableToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        tableToggle.addClickListener(click -> {
            chart.setTableVisible(!chart.isTableVisible());
            tableToggle.setText(getTranslation(chart.isTableVisible() ? "chart.hideTable" : "chart.showTable"));
        });
        Div actions = new Div(tableToggle, new CsvDownload(fileName(title), () -> csv));
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);

        Section card = getContent();
        card.add(heading, units, chart, empty, sources, actions);
        card.addClassName("atlas-card");
    }

    /** The chart's data: shown as its table, offered as its CSV, and named with its sources. */
    public void setData(List<String> headers, List<List<String>> rows, String unitsNote, List<String> sourceNames) {
        units.setText(unitsNote);
        String sourceNote = getTranslation("chart.sources", String.join("; ", sourceNames));
        sources.setText(sourceNote);
        chart.setTable(headers, rows);
        csv = new CsvTable(title, List.of(unitsNote, sourceNote), headers, rows);
        boolean hasData = !rows.isEmpty();
        chart.setVisible(hasData);
        tableToggle.setVisible(hasData);
        empty.setVisible(!hasData);
    }

    /** What to say when there is nothing to draw, and how to get there. */
    public void setEmptyText(String text) {
        empty.setText(text);
    }

    public EChart chart() {
        return chart;
    }

    /** The CSV the download serves, as it would be served now. */
    public CsvTable csv() {
        return csv;
    }

    private static String fileName(String title) {
        String slug = title.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "chart" : slug) + ".csv";
    }
}
