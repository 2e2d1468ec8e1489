package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.servlet.http.HttpServletResponse;

/** An address that names no page says so, to everyone, signed in or not, instead of asking them to sign in. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    final Paragraph message = new Paragraph();

    public NotFoundView() {
        H2 heading = new H2(getTranslation("error.notFound.title"));
        heading.addClassNames(LumoUtility.FontSize.XLARGE);
        add(heading, message, new Anchor("", getTranslation("error.toOverview")));
        addClassNames(LumoUtility.Padding.LARGE);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        message.setText(getTranslation("error.notFound", "/" + event.getLocation().getPath()));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
