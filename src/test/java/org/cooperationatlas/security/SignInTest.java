package org.cooperationatlas.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing in through Spring Security's own authentication, with the events that drive the lockout. */
@SpringBootTest
class SignInTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    AuthenticationConfiguration configuration;
    @Autowired
    UserService users;

    private AuthenticationManager authentication;
    private String username;

    @BeforeEach
    void createUser() throws Exception {
        authentication = configuration.getAuthenticationManager();
        username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin(() -> users.create(username, PASSWORD, Role.EDITOR));
    }

    private Authentication signIn(String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void the_right_password_signs_in_with_the_role_and_the_roles_it_includes() {
        Authentication signedIn = signIn(PASSWORD);
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_EDITOR");
    }

    @Test
    void a_wrong_password_is_refused() {
        assertThatThrownBy(() -> signIn("wrong password")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void repeated_failures_lock_the_account_even_against_the_right_password() {
        for (int i = 0; i < UserService.MAX_FAILED_ATTEMPTS; i++) {
            assertThatThrownBy(() -> signIn("guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);

        AppUser locked = asAdmin(() -> users.all().stream().filter(u -> u.getUsername().equals(username)).findFirst().orElseThrow());
        asAdmin(() -> users.resetPassword(locked.getId(), "a brand new passphrase"));
        assertThat(signIn("a brand new passphrase").isAuthenticated()).isTrue();
    }

    @Test
    void a_disabled_user_cannot_sign_in() {
        AppUser user = asAdmin(() -> users.all().stream().filter(u -> u.getUsername().equals(username)).findFirst().orElseThrow());
        asAdmin(() -> users.setEnabled(user.getId(), false));
        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes_and_short_ones_are_refused() {
        assertThatThrownBy(() -> asAdmin(() -> users.create(username + "x", "short", Role.VIEWER)))
                .isInstanceOf(UserRuleException.class).hasMessage("user.password.tooShort");
        assertThatThrownBy(() -> asAdmin(() -> users.create(username.toUpperCase(), PASSWORD, Role.VIEWER)))
                .isInstanceOf(UserRuleException.class).hasMessage("user.username.taken");
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "ada", null, Role.ADMIN.authorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
