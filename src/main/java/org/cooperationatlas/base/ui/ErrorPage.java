package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** A page in place of one that cannot be shown: what happened, and the way back to the overview. */
abstract class ErrorPage extends VerticalLayout {

    final Paragraph message = new Paragraph();

    ErrorPage(String titleKey) {
        H2 heading = new H2(getTranslation(titleKey));
        heading.addClassNames(LumoUtility.FontSize.XLARGE);
        add(heading, message, new Anchor("", getTranslation("error.toOverview")));
        addClassNames(LumoUtility.Padding.LARGE);
    }
}
