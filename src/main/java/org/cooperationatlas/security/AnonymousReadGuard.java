package org.cooperationatlas.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** With anonymous reading turned off, every view but the login page sends visitors to sign in first. */
@Component
class AnonymousReadGuard implements VaadinServiceInitListener {

    private static final String LOGIN = SecurityConfiguration.LOGIN_PATH.substring(1);

    private final ReadAccess readAccess;

    AnonymousReadGuard(ReadAccess readAccess) {
        this.readAccess = readAccess;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    if (!readAccess.allowed()
                            && !LOGIN.equals(enter.getLocation().getPath())) {
                        enter.forwardTo(LOGIN);
                    }
                }));
    }
}
