package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableSupplier;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.HtmlUtils;

/**
 * An element whose content is HTML rendered on the server and sent to the browser, not kept: the server holds how
 * to render it again (for a re-attach), not the text nor an element per node. For long, read-only content, such
 * as a list of 250 country links or a chart's table of data, which as components would stay in the reader's
 * session for as long as the page is open. The renderer must escape everything it did not write itself.
 */
public class RenderedHtml extends Component implements HasStyle {

    /** The script that fills the element; tests find what was sent by it. */
    public static final String FILL = "this.innerHTML = $0";

    private SerializableSupplier<String> renderer = () -> "";
    // HTML rendered from data at hand, held only until it is sent (within the request that rendered it).
    private transient String unsent;

    public RenderedHtml(String tag) {
        super(new Element(tag));
    }

    /** Renders the content now, if the element is in a page, and again whenever it is attached to one. */
    public void render(SerializableSupplier<String> html) {
        render(null, html);
    }

    /**
     * Shows {@code html}, rendered by the caller from data it has at hand, and renders {@code again} for any later
     * attach, when that data is gone.
     */
    public void render(String html, SerializableSupplier<String> again) {
        renderer = again;
        unsent = html;
        if (isAttached()) {
            send();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // A re-attached element is created afresh in the browser, empty.
        send();
    }

    /** Text made safe to put in HTML content or a quoted attribute; characters UTF-8 can carry stay as they are. */
    public static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    private void send() {
        String html = unsent != null ? unsent : renderer.get();
        unsent = null;
        getElement().executeJs(FILL, html);
    }
}
