package org.cooperationatlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Signing in through Spring Security's own authentication, throttled by account and client address. */
@SpringBootTest
class SignInTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    AuthenticationConfiguration configuration;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    private AuthenticationManager authentication;
    private String username;

    @BeforeEach
    void createUser() throws Exception {
        authentication = configuration.getAuthenticationManager();
        username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin(() -> users.create(username, PASSWORD, Role.EDITOR));
    }

    private Authentication signIn(String password) {
        return signIn(password, "192.0.2.1");
    }

    private Authentication signIn(String password, String address) {
        return signIn(username, password, address);
    }

    private Authentication signIn(String name, String password, String address) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return authentication.authenticate(attempt);
    }

    @Test
    void the_right_password_signs_in_with_the_role_and_the_roles_it_includes() {
        Authentication signedIn = signIn(PASSWORD);
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_EDITOR");
    }

    @Test
    void a_wrong_password_is_refused() {
        assertThatThrownBy(() -> signIn("wrong password")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void five_wrong_passwords_from_a_stranger_do_not_keep_the_owner_out() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            assertThatThrownBy(() -> signIn("guess", "198.51.100.7")).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(signIn(PASSWORD, "192.0.2.1").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(PASSWORD, "198.51.100.7")).isInstanceOf(LockedException.class);
    }

    @Test
    void a_blocked_address_is_refused_before_its_guess_is_checked_or_counted() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            assertThatThrownBy(() -> signIn("guess", "198.51.100.8")).isInstanceOf(BadCredentialsException.class);
        }
        for (int i = 0; i < 20; i++) {
            String guess = "guess " + i;
            assertThatThrownBy(() -> signIn(guess, "198.51.100.8")).isInstanceOf(LockedException.class);
        }

        assertThat(jdbc.queryForObject(
                        "select failures from sign_in_throttle where account = ? and address = ?",
                        Integer.class,
                        username.toLowerCase(),
                        "198.51.100.8"))
                .isZero();
    }

    @Test
    void each_block_of_the_same_address_lasts_twice_as_long_as_the_one_before() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            assertThatThrownBy(() -> signIn("guess", "198.51.100.9")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(blockedFor("198.51.100.9")).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
        // The first block is over.
        jdbc.update(
                "update sign_in_throttle set blocked_until = ? where address = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                "198.51.100.9");
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            assertThatThrownBy(() -> signIn("guess", "198.51.100.9")).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(blockedFor("198.51.100.9")).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30));
    }

    @Test
    void parallel_wrong_passwords_are_all_counted() throws Exception {
        int attempts = 24;
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Class<?>>> outcomes = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            outcomes.add(threads.submit(() -> {
                try {
                    signIn("guess", "203.0.113.5");
                    return null;
                } catch (RuntimeException refused) {
                    return refused.getClass();
                }
            }));
        }
        int checked = 0;
        for (Future<Class<?>> outcome : outcomes) {
            if (outcome.get(30, TimeUnit.SECONDS) == BadCredentialsException.class) {
                checked++;
            }
        }
        threads.shutdown();

        // Every guess that was checked is in the count: five to a block, and what came after the last block.
        Map<String, Object> row = jdbc.queryForMap(
                "select strikes, failures from sign_in_throttle " + "where account = ? and address = ?",
                username.toLowerCase(),
                "203.0.113.5");
        assertThat(((Number) row.get("STRIKES")).intValue() * SignInThrottle.MAX_FAILURES_PER_ACCOUNT
                        + ((Number) row.get("FAILURES")).intValue())
                .isEqualTo(checked);
        assertThat(checked).isGreaterThanOrEqualTo(SignInThrottle.MAX_FAILURES_PER_ACCOUNT);
    }

    @Test
    void one_address_guessing_at_many_accounts_is_blocked_for_all_of_them() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            String someone = "someone-" + i;
            assertThatThrownBy(() -> signIn(someone, "guess", "203.0.113.99"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(PASSWORD, "203.0.113.99")).isInstanceOf(LockedException.class);
        assertThat(signIn(PASSWORD, "192.0.2.200").isAuthenticated()).isTrue();
    }

    @Test
    void a_new_password_from_an_administrator_lifts_every_block_of_the_account() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            assertThatThrownBy(() -> signIn("guess", "198.51.100.10")).isInstanceOf(BadCredentialsException.class);
        }
        AppUser user = asAdmin(() -> users.all().stream()
                .filter(u -> u.getUsername().equals(username))
                .findFirst()
                .orElseThrow());
        assertThat(asAdmin(() -> users.blockedAddresses(user))).isEqualTo(1);

        asAdmin(() -> users.resetPassword(user.getId(), "a brand new passphrase"));

        assertThat(signIn("a brand new passphrase", "198.51.100.10").isAuthenticated())
                .isTrue();
    }

    private Duration blockedFor(String address) {
        Timestamp until = jdbc.queryForObject(
                "select blocked_until from sign_in_throttle where account = ? and address = ?",
                Timestamp.class,
                username.toLowerCase(),
                address);
        return Duration.between(Instant.now(), until.toInstant());
    }

    @Test
    void a_disabled_user_cannot_sign_in() {
        AppUser user = asAdmin(() -> users.all().stream()
                .filter(u -> u.getUsername().equals(username))
                .findFirst()
                .orElseThrow());
        asAdmin(() -> users.setEnabled(user.getId(), false));
        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes_and_short_ones_are_refused() {
        assertThatThrownBy(() -> asAdmin(() -> users.create(username + "x", "short", Role.VIEWER)))
                .isInstanceOf(UserRuleException.class)
                .hasMessage("user.password.tooShort");
        // 25 Chinese characters are 75 bytes: more than BCrypt reads.
        assertThatThrownBy(() -> asAdmin(() -> users.create(username + "y", "密".repeat(25), Role.VIEWER)))
                .isInstanceOf(UserRuleException.class)
                .hasMessage("user.password.tooLong");
        assertThat(asAdmin(() -> users.create(username + "z", "密".repeat(24), Role.VIEWER)))
                .isNotNull();
        assertThatThrownBy(() -> asAdmin(() -> users.create(username.toUpperCase(), PASSWORD, Role.VIEWER)))
                .isInstanceOf(UserRuleException.class)
                .hasMessage("user.username.taken");
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> action) {
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
