package org.cooperationatlas;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.internal.StateNode;
import java.util.Map;
import java.util.WeakHashMap;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.cooperationatlas.base.ui.RenderedHtml;

/** What the server last sent into each {@link RenderedHtml} element: the HTML the browser shows there. */
public final class SentHtml {

    private static final Map<StateNode, String> SENT = new WeakHashMap<>();
    private static final Function1<PendingJavaScriptInvocation, Unit> RECORDER = invocation -> {
        if (invocation.getInvocation().getExpression().contains(RenderedHtml.FILL)) {
            synchronized (SENT) {
                SENT.put(invocation.getOwner(), (String)
                        invocation.getInvocation().getParameters().get(0));
            }
        }
        return Unit.INSTANCE;
    };

    private SentHtml() {}

    /** Starts recording; safe to call for every test. */
    static void record() {
        if (!TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers().contains(RECORDER)) {
            TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers().add(RECORDER);
        }
    }

    /** The HTML the element shows after the pending round trip to the browser, or null if none was sent. */
    public static String of(RenderedHtml element) {
        MockVaadin.clientRoundtrip();
        synchronized (SENT) {
            return SENT.get(element.getElement().getNode());
        }
    }
}
