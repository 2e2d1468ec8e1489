package org.cooperationatlas.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Sign-in through the login view, with Vaadin's own protection of its requests. Views say who may open them;
 * services check the same rules on every call (method security), so no request gets past the UI's rules.
 */
@Configuration
@EnableWebSecurity
// @Secured on services; views' @RolesAllowed is read by Vaadin's navigation control only.
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfiguration {

    /** The login view's address (the view itself lives in security.ui, which depends on this package). */
    static final String LOGIN_PATH = "/login";

    /**
     * Everything from the atlas's own origin, nothing from elsewhere, no plug-ins, no framing by other sites.
     * Vaadin's bootstrap and Flow's client run inline scripts and evaluate the JavaScript the server sends
     * (executeJs, which drives the charts), and its components set inline styles: hence 'unsafe-inline' and
     * 'unsafe-eval', which a Vaadin application cannot do without. Images and fonts may be data: URLs (Lumo's
     * icons, the charts' downloads).
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                    + "connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; "
                    + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ReadAccess readAccess, JdbcClient jdbc)
            throws Exception {
        // Static files every page needs, signed in or not: the chart library, its helper and the map's borders.
        // The read-only API follows the same rule as reading in the UI.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/webjars/**", "/js/**", "/geo/**", "/icons/**", "/images/**", "/error")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/api/**")
                .access((authentication, context) -> new AuthorizationDecision(readAccess.allowed()))
                // Opening a page: each view says who may see it (Vaadin's navigation access control sends a visitor
                // to the login page for a view that needs a user), so an address that names no view reaches the
                // "page not found" view instead of the login page.
                .requestMatchers(HttpMethod.GET, "/**")
                .permitAll());
        // API clients may sign in with HTTP Basic instead of a browser session, and get a 401, not the login page.
        http.httpBasic(Customizer.withDefaults());
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                PathPatternRequestMatcher.withDefaults().matcher("/api/**")));
        http.addFilterBefore(new SessionRights(jdbc), AnonymousAuthenticationFilter.class);
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH));
        http.formLogin(form -> form.failureHandler(failureHandler()));
        return http.build();
    }

    // The login page tells a locked or disabled account from a wrong password, without saying whether a user exists.
    private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?locked",
                DisabledException.class.getName(), "/login?disabled"));
        return handler;
    }

    /** The only way in: Spring Security then builds no unthrottled provider of its own from the UserService. */
    @Bean
    ThrottledSignIn throttledSignIn(UserService users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        return new ThrottledSignIn(users, passwordEncoder, throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
