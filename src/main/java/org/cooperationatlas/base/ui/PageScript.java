package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.UI;

/**
 * The atlas's own script for what the browser runs alone on every page (the frame's buttons, the records grid's
 * columns and data provider): loaded once and cached by the browser, so that no page's response carries it.
 */
public final class PageScript {

    private static final String URL = "/js/atlas-page.js";

    private PageScript() {}

    /** Loads the script into the page, once however often it is asked for, before the page's own calls run. */
    public static void load(UI ui) {
        ui.getPage().addJavaScript(URL);
    }
}
