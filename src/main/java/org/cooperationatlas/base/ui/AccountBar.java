package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Who is signed in, with a way out; or, for a visitor, the way in. A visitor's link is plain HTML: most readers
 * never sign in, and signing out is the only part that needs the server.
 */
class AccountBar extends Composite<HorizontalLayout> {

    AccountBar(AuthenticationContext authentication) {
        HorizontalLayout bar = getContent();
        authentication
                .getPrincipalName()
                .ifPresentOrElse(
                        name -> {
                            Span user = new Span(VaadinIcon.USER.create(), new Span(name));
                            user.addClassNames(
                                    LumoUtility.Display.FLEX,
                                    LumoUtility.Gap.XSMALL,
                                    LumoUtility.AlignItems.CENTER,
                                    LumoUtility.FontSize.SMALL);
                            Button signOut =
                                    new Button(getTranslation("layout.signOut"), click -> authentication.logout());
                            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                            bar.add(user, signOut);
                        },
                        () -> bar.add(signIn()));
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM, LumoUtility.FlexWrap.WRAP);
    }

    private RenderedHtml signIn() {
        RenderedHtml signIn = new RenderedHtml("span");
        signIn.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER);
        signIn.render(() -> "<vaadin-icon icon=\"vaadin:sign-in\" aria-hidden=\"true\"></vaadin-icon><a href=\"login\""
                + " class=\"" + LumoUtility.FontSize.SMALL + "\">"
                + RenderedHtml.escape(getTranslation("layout.signIn"))
                + "</a>");
        return signIn;
    }
}
