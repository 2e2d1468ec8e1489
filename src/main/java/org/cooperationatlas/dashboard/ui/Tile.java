package org.cooperationatlas.dashboard.ui;

import static org.cooperationatlas.base.ui.RenderedHtml.escape;

import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.Serializable;
import java.util.List;

/**
 * One headline number, with the lines that keep it honest: its qualifier, its period, what was not added. Drawn as
 * HTML with its siblings by {@link HeadlineTiles}: a tile is read, never clicked.
 */
class Tile implements Serializable {

    private final String label;
    private String headline = "";
    private List<String> notes = List.of();

    Tile(String label) {
        this.label = label;
    }

    void show(String newHeadline, List<String> newNotes) {
        headline = newHeadline;
        notes = List.copyOf(newNotes);
    }

    String html() {
        StringBuilder html = new StringBuilder()
                .append("<section class=\"atlas-card\" aria-label=\"")
                .append(escape(label))
                .append("\"><span class=\"")
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
        return html.append("</div></section>").toString();
    }

    /** The headline and its notes as a reader reads them. */
    String text() {
        return headline + " | " + String.join(" | ", notes);
    }
}
