package org.cooperationatlas.base.ui.chart;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.cooperationatlas.base.ui.RenderedHtml;

/**
 * The data of a chart as a plain HTML table: read by screen readers, shown on request. The browser fetches it as
 * HTML with the chart's option (see {@link EChart}) rather than getting an element per cell, which the server
 * would keep for the whole visit (a map's table has over a thousand cells).
 */
final class ChartTable implements Serializable {

    // Cells end with the unit separator, rows with the record separator, and the rows are deflated: a few compact
    // bytes per table in the session, instead of a string and a list per cell (a map's table has over a thousand).
    private static final char CELL_END = '\u001f';
    private static final char ROW_END = '\u001e';

    // Read by the chart's data request as well, which runs without the page's lock.
    private volatile String headers = "";
    private volatile PackedText rows = PackedText.EMPTY;

    void show(List<String> newHeaders, List<List<String>> newRows) {
        headers = encode(List.of(newHeaders));
        rows = PackedText.of(encode(newRows));
    }

    boolean isEmpty() {
        return rows.isEmpty() && headers.isEmpty();
    }

    private static String encode(List<List<String>> table) {
        StringBuilder encoded = new StringBuilder();
        for (List<String> row : table) {
            for (String cell : row) {
                encoded.append(cell == null ? "" : cell.replace(CELL_END, ' ').replace(ROW_END, ' '))
                        .append(CELL_END);
            }
            encoded.append(ROW_END);
        }
        return encoded.toString();
    }

    private static List<List<String>> decode(String encoded) {
        List<List<String>> table = new ArrayList<>();
        int start = 0;
        List<String> row = new ArrayList<>();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == CELL_END) {
                row.add(encoded.substring(start, i));
                start = i + 1;
            } else if (c == ROW_END) {
                table.add(List.copyOf(row));
                row = new ArrayList<>();
                start = i + 1;
            }
        }
        return List.copyOf(table);
    }

    /** The table's content (head and body) as escaped HTML. */
    String html() {
        StringBuilder html = new StringBuilder("<thead><tr>");
        decode(headers).stream()
                .flatMap(List::stream)
                .forEach(header -> html.append("<th scope=\"col\">")
                        .append(RenderedHtml.escape(header))
                        .append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : decode(rows.text())) {
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

    /** The table's rows as text, first column first: what a screen reader reads. */
    List<List<String>> rows() {
        return decode(rows.text());
    }
}
