package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the reader sees when something unexpected fails: a notification with a short reference, never a click
 * that seems to do nothing and never a stack trace. The same reference is written to the log with the stack
 * trace, so that a reader's report leads to the cause.
 */
@Component
public class ErrorReports implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReports.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorReports::report));
    }

    static void report(ErrorEvent error) {
        String reference = log(error.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null
                && VaadinSession.getCurrent() != null
                && VaadinSession.getCurrent().hasLock()) {
            Notifications.error(ui.getTranslation("error.unexpected", reference));
        }
    }

    /** Writes the failure to the log under a new reference, and returns the reference. */
    public static String log(Throwable failure) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String reference = HexFormat.of().withUpperCase().formatHex(bytes);
        LOG.error("Unexpected failure, reference {}", reference, failure);
        return reference;
    }
}
