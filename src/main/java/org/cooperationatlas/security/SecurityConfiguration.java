package org.cooperationatlas.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

import java.util.Map;

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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ReadAccess readAccess) throws Exception {
        // Static files every page needs, signed in or not: the chart library, its helper and the map's borders.
        // The read-only API follows the same rule as reading in the UI.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/webjars/**", "/js/**", "/geo/**", "/icons/**", "/images/**", "/error").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/**")
                .access((authentication, context) -> new AuthorizationDecision(readAccess.allowed())));
        // API clients may sign in with HTTP Basic instead of a browser session, and get a 401, not the login page.
        http.httpBasic(Customizer.withDefaults());
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), PathPatternRequestMatcher.withDefaults().matcher("/api/**")));
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
