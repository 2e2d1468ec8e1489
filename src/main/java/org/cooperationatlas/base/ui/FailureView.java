package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that failed to open: a reference the log has with the stack trace, in every mode the atlas runs in
 * (Vaadin's own page shows the stack trace in development mode).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class FailureView extends VerticalLayout implements HasErrorParameter<Exception> {

    final Paragraph message = new Paragraph();

    public FailureView() {
        H2 heading = new H2(getTranslation("error.failed.title"));
        heading.addClassNames(LumoUtility.FontSize.XLARGE);
        add(heading, message, new Anchor("", getTranslation("error.toOverview")));
        addClassNames(LumoUtility.Padding.LARGE);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        message.setText(getTranslation("error.unexpected", ErrorReports.log(parameter.getCaughtException())));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
