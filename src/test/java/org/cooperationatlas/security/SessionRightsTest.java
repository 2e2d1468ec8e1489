package org.cooperationatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** A signed-in session holds no more rights than its user has in the database now, whichever node changed them. */
@SpringBootTest
class SessionRightsTest {

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    private String username;
    private AppUser user;

    @BeforeEach
    void createEditor() {
        username = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        user = asAdmin(() -> users.create(username, "a long enough passphrase", Role.EDITOR));
    }

    @AfterEach
    void forgetWhoIsSignedIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_user_whose_rights_are_unchanged_keeps_the_session() throws Exception {
        MockHttpSession session = new MockHttpSession();

        assertThat(requestAsTheEditor(session)).isNotNull();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_demoted_user_loses_the_session_at_the_next_request_and_goes_on_as_a_visitor() throws Exception {
        MockHttpSession session = new MockHttpSession();
        asAdmin(() -> users.changeRole(user.getId(), Role.VIEWER));

        assertThat(requestAsTheEditor(session)).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_disabled_user_loses_the_session_at_the_next_request() throws Exception {
        MockHttpSession session = new MockHttpSession();
        asAdmin(() -> users.setEnabled(user.getId(), false));

        assertThat(requestAsTheEditor(session)).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_deleted_user_loses_the_session_at_the_next_request() throws Exception {
        MockHttpSession session = new MockHttpSession();
        jdbc.sql("delete from app_user where id = :id")
                .param("id", user.getId())
                .update();

        assertThat(requestAsTheEditor(session)).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_static_file_is_served_without_a_look_at_the_database_and_the_next_page_ends_the_session() throws Exception {
        MockHttpSession session = new MockHttpSession();
        asAdmin(() -> users.setEnabled(user.getId(), false));

        assertThat(requestAsTheEditor(session, "/webjars/flag-icons/flags/4x3/cn.svg"))
                .isNotNull();
        assertThat(session.isInvalid()).isFalse();
        assertThat(requestAsTheEditor(session, "/records")).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    // What the rest of the request sees as signed in, after the check.
    private Authentication requestAsTheEditor(MockHttpSession session) throws Exception {
        return requestAsTheEditor(session, "/records");
    }

    private Authentication requestAsTheEditor(MockHttpSession session, String path) throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(username, null, Role.EDITOR.authorities()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setSession(session);
        AtomicReference<Authentication> seen = new AtomicReference<>();
        new SessionRights(jdbc)
                .doFilter(
                        request,
                        new MockHttpServletResponse(),
                        (req, res) ->
                                seen.set(SecurityContextHolder.getContext().getAuthentication()));
        return seen.get();
    }

    private static <T> T asAdmin(Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated("ada", null, Role.ADMIN.authorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
