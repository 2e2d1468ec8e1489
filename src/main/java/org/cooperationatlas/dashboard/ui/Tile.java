package org.cooperationatlas.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/** One headline number, with the lines that keep it honest: its qualifier, its period, what was not added. */
class Tile extends Composite<Section> {

    private final Span label = new Span();
    final Div value = new Div();
    private final Div details = new Div();

    Tile(String labelText) {
        label.setText(labelText);
        label.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.MEDIUM);
        value.addClassName("atlas-tile-value");
        getContent().add(label, value, details);
        getContent().addClassName("atlas-card");
        getContent().getElement().setAttribute("aria-label", labelText);
    }

    void show(String headline, List<String> notes) {
        value.setText(headline);
        details.removeAll();
        notes.forEach(note -> {
            Paragraph line = new Paragraph(note);
            line.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.XSMALL, LumoUtility.Margin.NONE);
            details.add(line);
        });
    }

    String text() {
        return value.getText() + " | "
                + String.join(
                        " | ",
                        details.getChildren()
                                .map(line -> ((Paragraph) line).getText())
                                .toList());
    }
}
