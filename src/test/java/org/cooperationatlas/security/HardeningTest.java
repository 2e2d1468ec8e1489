package org.cooperationatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * What a browser sees before signing in: a session cookie scripts cannot read, errors without internals, and
 * pages it left without notice closed within minutes.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atlas.admin.initial-password=journey-admin-password")
class HardeningTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadin;

    @Test
    void the_session_cookie_is_http_only_and_same_site() {
        ResponseEntity<String> page = http.getForEntity("/records", String.class);
        assertThat(page.getHeaders().get(HttpHeaders.SET_COOKIE))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void an_error_response_shows_no_stack_trace() {
        ResponseEntity<String> error = http.getForEntity("/error", String.class);
        assertThat(error.getBody())
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("trace");
    }

    @Test
    void a_page_left_without_notice_is_closed_after_three_missed_heartbeats_of_a_minute() {
        http.getForEntity("/records", String.class);

        assertThat(vaadin.getServlet().getService().getDeploymentConfiguration().getHeartbeatInterval())
                .isEqualTo(60);
    }

    @Test
    void every_page_comes_with_a_content_security_policy_and_a_referrer_policy() {
        ResponseEntity<String> page = http.getForEntity("/records", String.class);

        assertThat(page.getHeaders().getFirst("Content-Security-Policy"))
                .contains("default-src 'self'")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'self'");
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void a_weak_or_overlong_initial_administrator_password_stops_the_start_with_the_rule() {
        UserService users = org.mockito.Mockito.mock(UserService.class);
        org.mockito.Mockito.when(users.createFirstAdmin(
                        org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.anyString()))
                .thenThrow(new UserRuleException("user.password.tooShort"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FirstAdministrator(users, "abc").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 12 characters")
                .hasMessageContaining("72 bytes");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UserService.requireStrong("密".repeat(25)))
                .hasMessage("user.password.tooLong");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UserService.requireStrong("abc"))
                .hasMessage("user.password.tooShort");
    }
}
