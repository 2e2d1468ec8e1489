package org.cooperationatlas.country.ui;

import com.vaadin.flow.component.html.Image;
import java.util.Locale;

/**
 * A country's flag as an SVG picture from the flag-icons WebJar, served by the atlas itself: drawn the same in
 * every browser (Chromium on Linux and Windows has no flag emoji), with the country's name as its text.
 */
public final class Flag {

    private Flag() {}

    /** The flag's address, relative to the application's root; the WebJar's version is found by the locator. */
    public static String url(String iso2) {
        return "webjars/flag-icons/flags/4x3/" + iso2.toLowerCase(Locale.ROOT) + ".svg";
    }

    public static Image image(String iso2, String countryName) {
        Image flag = new Image(url(iso2), countryName);
        flag.addClassName("atlas-flag");
        return flag;
    }

    /**
     * The flag as a decorative img element (the country's name stands beside it), for lists rendered in one piece.
     * Its address is in {@code data-src}: the page's script fetches flags as they come near the screen, two at a
     * time, so that a long list opens no burst of requests (and connections) with the page.
     */
    public static String html(String iso2) {
        return "<img class=\"atlas-flag\" alt=\"\" data-src=\"" + url(iso2) + "\">";
    }
}
