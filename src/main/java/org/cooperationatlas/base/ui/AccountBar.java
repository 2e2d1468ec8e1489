package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** Who is signed in, with a way out; or, for a visitor, the way in. */
class AccountBar extends HorizontalLayout {

    AccountBar(AuthenticationContext authentication) {
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
                            add(user, signOut);
                        },
                        () -> {
                            Anchor signIn = new Anchor("login", getTranslation("layout.signIn"));
                            signIn.addClassNames(LumoUtility.FontSize.SMALL);
                            add(VaadinIcon.SIGN_IN.create(), signIn);
                        });
        setAlignItems(Alignment.CENTER);
        addClassNames(LumoUtility.Padding.Horizontal.MEDIUM, LumoUtility.FlexWrap.WRAP);
    }
}
