package org.cooperationatlas.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.cooperationatlas.KaribuTest;
import org.junit.jupiter.api.Test;

class ErrorViewsTest extends KaribuTest {

    @Test
    void an_unexpected_failure_shows_the_reader_a_reference_and_no_internals() {
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("broken on purpose")));

        assertThat(NotificationsKt.getNotifications())
                .singleElement()
                .satisfies(notification -> assertThat(
                                _get(notification, Span.class).getText())
                        .matches(
                                "Something went wrong and nothing was changed\\. If it happens again, tell an administrator "
                                        + "the reference [0-9A-F]{8}\\.")
                        .doesNotContain("broken on purpose"));
    }
}
