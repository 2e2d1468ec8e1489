package org.cooperationatlas.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that failed to open: a reference the log has with the stack trace, in every mode the atlas runs in
 * (Vaadin's own page shows the stack trace in development mode).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class FailureView extends ErrorPage implements HasErrorParameter<Exception> {

    public FailureView() {
        super("error.failed.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        message.setText(getTranslation("error.unexpected", ErrorReports.log(parameter.getCaughtException())));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
