package org.cooperationatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** With anonymous reading off, the API answers only signed-in callers (HTTP Basic here). */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"atlas.security.anonymous-read=false", "atlas.admin.initial-password=closed-api-password"})
class ApiClosedTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void anonymous_callers_are_refused_and_signed_in_ones_read() {
        assertThat(http.getForEntity("/api/records", String.class)
                        .getStatusCode()
                        .value())
                .isIn(401, 403);
        assertThat(http.withBasicAuth("admin", "closed-api-password")
                        .getForEntity("/api/records", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }
}
