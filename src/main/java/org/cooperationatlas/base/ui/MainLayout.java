package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The frame around every view: the app's name, a side navigation built from the views' @Menu entries, settings. */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(navigation()), new AccountBar(authentication), new PreferencesBar());
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        addToNavbar(true, toggle);
    }

    /** The app's name and mark, sent as HTML: read, never changed, on every page of every reader. */
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

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassNames(LumoUtility.Margin.Horizontal.SMALL);
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    // Menu titles are message keys, so that the navigation speaks the reader's language.
    private SideNavItem item(MenuEntry entry) {
        String label = getTranslation(entry.title());
        return entry.icon() == null
                ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
    }
}
