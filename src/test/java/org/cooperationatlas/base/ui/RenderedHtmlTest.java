package org.cooperationatlas.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.concurrent.atomic.AtomicInteger;
import org.cooperationatlas.KaribuTest;
import org.cooperationatlas.SentHtml;
import org.junit.jupiter.api.Test;

class RenderedHtmlTest extends KaribuTest {

    @Test
    void the_html_at_hand_is_sent_once_and_a_later_attach_renders_it_again() {
        AtomicInteger renderings = new AtomicInteger();
        RenderedHtml list = new RenderedHtml("ul");
        list.render("<li>first</li>", () -> "<li>again " + renderings.incrementAndGet() + "</li>");
        Div page = new Div(list);
        UI.getCurrent().add(page);
        assertThat(SentHtml.of(list)).isEqualTo("<li>first</li>");
        assertThat(renderings).hasValue(0);

        page.remove(list);
        page.add(list);
        assertThat(SentHtml.of(list)).isEqualTo("<li>again 1</li>");
    }

    @Test
    void rendering_an_attached_element_sends_the_new_html() {
        RenderedHtml table = new RenderedHtml("table");
        UI.getCurrent().add(table);
        table.render(() -> "<tr><td>1</td></tr>");
        assertThat(SentHtml.of(table)).isEqualTo("<tr><td>1</td></tr>");
    }

    @Test
    void text_is_escaped_for_content_and_quoted_attributes_but_other_characters_stay() {
        assertThat(RenderedHtml.escape("<b onclick=\"x\">Côte d'Ivoire & 中国 – 2</b>"))
                .isEqualTo("&lt;b onclick=&quot;x&quot;&gt;Côte d&#39;Ivoire &amp; 中国 – 2&lt;/b&gt;");
    }
}
