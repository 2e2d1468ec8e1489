package org.cooperationatlas.base.ui.chart;

import java.util.List;
import org.cooperationatlas.base.ui.RenderedHtml;

/**
 * The data of a chart as a plain HTML table: read by screen readers, shown on request. The browser gets the rows
 * as HTML rather than an element per cell, which the server would keep for the whole visit (a map's table has
 * over a thousand cells).
 */
class ChartTable extends RenderedHtml {

    private static final String HIDDEN = "atlas-visually-hidden";

    private List<String> headers = List.of();
    private List<List<String>> rows = List.of();

    ChartTable() {
        super("table");
        addClassNames(HIDDEN, "atlas-chart-table");
    }

    void show(List<String> newHeaders, List<List<String>> newRows) {
        headers = List.copyOf(newHeaders);
        rows = newRows.stream()
                .map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList())
                .toList();
        render(this::html);
    }

    private String html() {
        StringBuilder html = new StringBuilder("<thead><tr>");
        headers.forEach(header -> html.append("<th scope=\"col\">")
                .append(RenderedHtml.escape(header))
                .append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append(i == 0 ? "<th scope=\"row\">" : "<td>")
                        .append(RenderedHtml.escape(row.get(i)))
                        .append(i == 0 ? "</th>" : "</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody>").toString();
    }

    void setVisibleToAll(boolean visible) {
        setClassName(HIDDEN, !visible);
    }

    boolean isVisibleToAll() {
        return !hasClassName(HIDDEN);
    }

    /** The table's rows as text, first column first: what a screen reader reads. */
    List<List<String>> rows() {
        return rows;
    }
}
