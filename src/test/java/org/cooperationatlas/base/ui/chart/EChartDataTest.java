package org.cooperationatlas.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a chart's own address gives the browser: the option it draws and its table, as they are now. */
class EChartDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static JsonNode served(EChart chart) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DownloadEvent request = mock(DownloadEvent.class);
        VaadinResponse response = mock(VaadinResponse.class);
        when(request.getOutputStream()).thenReturn(body);
        when(request.getResponse()).thenReturn(response);
        chart.data().handleDownloadRequest(request);
        verify(request).setContentType("application/json");
        verify(response).setHeader("Cache-Control", "no-store");
        return JSON.readTree(body.toByteArray());
    }

    @Test
    void the_chart_serves_its_option_and_its_table_with_text_escaped() throws Exception {
        EChart chart = new EChart("Records per year");
        ObjectNode option = JSON.createObjectNode();
        option.putArray("series")
                .addObject()
                .put("name", "Joint patrol <b>")
                .putArray("data")
                .add(3);
        chart.setOption(option);
        chart.setTable(List.of("Year", "Records"), List.of(List.of("2016", "3"), List.of("<script>", "1")));

        JsonNode served = served(chart);
        assertThat(served.get("option")).isEqualTo(option);
        assertThat(served.get("table").asText())
                .contains("<th scope=\"col\">Year</th>")
                .contains("<th scope=\"row\">2016</th><td>3</td>")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>");
        assertThat(chart.getOption()).isEqualTo(option);
    }

    @Test
    void a_chart_not_yet_drawn_serves_no_option_and_an_option_set_again_replaces_it() throws Exception {
        EChart chart = new EChart("Map");
        assertThat(served(chart).get("option").isNull()).isTrue();

        chart.setOption(JSON.createObjectNode().put("title", "first"));
        chart.setOption(JSON.createObjectNode().put("title", "second"));
        assertThat(served(chart).get("option").get("title").asText()).isEqualTo("second");
    }
}
