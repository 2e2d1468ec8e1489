package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** A view's heading with its actions beside it, wrapping below the heading on narrow screens. */
public final class ViewToolbar extends Composite<Header> {

    public ViewToolbar(String title, Component... actions) {
        this(null, title, actions);
    }

    /** A heading that starts with a symbol, such as a country's flag. */
    public ViewToolbar(Component symbol, String title, Component... actions) {
        H1 heading = new H1(title);
        if (symbol != null) {
            heading.addComponentAsFirst(symbol);
            heading.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL);
        }
        heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE, LumoUtility.Flex.GROW);
        FlexLayout actionBar = new FlexLayout(actions);
        actionBar.addClassNames(LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
        Header header = getContent();
        header.add(heading, actionBar);
        header.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.MEDIUM,
                LumoUtility.JustifyContent.BETWEEN,
                LumoUtility.Padding.Bottom.SMALL);
    }
}
