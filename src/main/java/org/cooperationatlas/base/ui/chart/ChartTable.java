package org.cooperationatlas.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

import java.util.List;

/** The data of a chart as a plain HTML table: read by screen readers, shown on request. */
@Tag("table")
class ChartTable extends Component {

    private static final String HIDDEN = "atlas-visually-hidden";

    ChartTable() {
        getElement().getClassList().add(HIDDEN);
        getElement().getClassList().add("atlas-chart-table");
    }

    void show(List<String> headers, List<List<String>> rows) {
        getElement().removeAllChildren();
        Element head = new Element("thead");
        Element headRow = new Element("tr");
        headers.forEach(header -> headRow.appendChild(cell("th", header).setAttribute("scope", "col")));
        head.appendChild(headRow);
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                tr.appendChild(i == 0 ? cell("th", row.get(i)).setAttribute("scope", "row") : cell("td", row.get(i)));
            }
            body.appendChild(tr);
        }
        getElement().appendChild(head, body);
    }

    void setVisibleToAll(boolean visible) {
        getElement().getClassList().set(HIDDEN, !visible);
    }

    boolean isVisibleToAll() {
        return !getElement().getClassList().contains(HIDDEN);
    }

    /** The table's rows as text, first column first: what a screen reader reads. */
    List<List<String>> rows() {
        return getElement().getChildren().filter(part -> part.getTag().equals("tbody")).findFirst()
                .map(body -> body.getChildren().map(tr -> tr.getChildren().map(Element::getText).toList()).toList())
                .orElse(List.of());
    }

    private static Element cell(String tag, String text) {
        Element cell = new Element(tag);
        cell.setText(text == null ? "" : text);
        return cell;
    }
}
