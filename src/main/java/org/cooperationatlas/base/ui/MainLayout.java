package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.stream.Collectors;

/**
 * The frame around every view: the app's name, a side navigation built from the views' @Menu entries, the reader's
 * account and settings. What never changes while a page is open (the name, the navigation, the menu button, a
 * visitor's way in, the settings) is sent as HTML that the browser's components bring to life on their own, so that
 * the frame costs each reader's session a handful of elements rather than a component tree.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation(), new AccountBar(authentication), new PreferencesBar());
        addToNavbar(true, drawerToggle());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        PreferencesBar.defineActions(attachEvent.getUI());
    }

    /** The app's name and mark. */
    private RenderedHtml brand() {
        RenderedHtml brand = new RenderedHtml("div");
        brand.addClassNames(
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Display.FLEX,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.MEDIUM);
        brand.render(() -> "<vaadin-icon icon=\"vaadin:globe-wire\" class=\"" + LumoUtility.TextColor.PRIMARY + " "
                + LumoUtility.IconSize.MEDIUM + "\" aria-hidden=\"true\"></vaadin-icon><span class=\""
                + LumoUtility.FontWeight.SEMIBOLD + " " + LumoUtility.FontSize.LARGE + "\">"
                + RenderedHtml.escape(getTranslation("app.name")) + "</span>");
        return brand;
    }

    /**
     * The side navigation, one item per view that has a menu entry and that the reader may open. The browser's
     * side-nav marks the current page and follows the reader's navigation itself.
     */
    private RenderedHtml navigation() {
        RenderedHtml scroller = new RenderedHtml("vaadin-scroller");
        scroller.render(() -> "<vaadin-side-nav class=\"" + LumoUtility.Margin.Horizontal.SMALL + "\">"
                + MenuConfiguration.getMenuEntries().stream().map(this::item).collect(Collectors.joining())
                + "</vaadin-side-nav>");
        return scroller;
    }

    // Menu titles are message keys, so that the navigation speaks the reader's language.
    private String item(MenuEntry entry) {
        String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
        String icon = entry.icon() == null
                ? ""
                : "<vaadin-icon icon=\"" + RenderedHtml.escape(entry.icon()) + "\" slot=\"prefix\"></vaadin-icon>";
        return "<vaadin-side-nav-item path=\"" + RenderedHtml.escape(path) + "\">" + icon
                + RenderedHtml.escape(getTranslation(entry.title())) + "</vaadin-side-nav-item>";
    }

    /** The button that opens and closes the drawer; the browser's app layout listens to it. */
    private RenderedHtml drawerToggle() {
        RenderedHtml toggle = new RenderedHtml("vaadin-drawer-toggle");
        toggle.getElement().setAttribute("aria-label", getTranslation("layout.menu"));
        return toggle;
    }
}
