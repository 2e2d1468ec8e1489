package org.cooperationatlas.dashboard.ui;

import static org.cooperationatlas.base.ui.RenderedHtml.escape;

import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.cooperationatlas.base.ui.RenderedHtml;

/**
 * One headline number, with the lines that keep it honest: its qualifier, its period, what was not added. Sent as
 * HTML: a tile is read, never clicked, and as components each line would stay in every reader's session.
 */
class Tile extends RenderedHtml {

    private final String label;
    private String headline = "";
    private List<String> notes = List.of();

    Tile(String label) {
        super("section");
        this.label = label;
        addClassName("atlas-card");
        getElement().setAttribute("aria-label", label);
    }

    void show(String newHeadline, List<String> newNotes) {
        headline = newHeadline;
        notes = List.copyOf(newNotes);
        render(this::html);
    }

    private String html() {
        StringBuilder html = new StringBuilder()
                .append("<span class=\"")
                .append(String.join(
                        " ",
                        LumoUtility.TextColor.SECONDARY,
                        LumoUtility.FontSize.SMALL,
                        LumoUtility.FontWeight.MEDIUM))
                .append("\">")
                .append(escape(label))
                .append("</span><div class=\"atlas-tile-value\">")
                .append(escape(headline))
                .append("</div><div>");
        for (String note : notes) {
            html.append("<p class=\"")
                    .append(String.join(
                            " ", LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.XSMALL, LumoUtility.Margin.NONE))
                    .append("\">")
                    .append(escape(note))
                    .append("</p>");
        }
        return html.append("</div>").toString();
    }

    /** The headline and its notes as a reader reads them. */
    String text() {
        return headline + " | " + String.join(" | ", notes);
    }
}
