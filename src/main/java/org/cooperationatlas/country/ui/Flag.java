package org.cooperationatlas.country.ui;

import com.vaadin.flow.component.html.Span;

/** A country's flag drawn by the reader's own emoji font from its two letters: nothing is fetched. */
final class Flag extends Span {

    Flag(String iso2) {
        super(emoji(iso2));
        getElement().setAttribute("aria-hidden", "true");
        addClassName("atlas-flag");
    }

    static String emoji(String iso2) {
        int first = Character.codePointAt(iso2, 0) - 'A' + 0x1F1E6;
        int second = Character.codePointAt(iso2, 1) - 'A' + 0x1F1E6;
        return new String(Character.toChars(first)) + new String(Character.toChars(second));
    }
}
