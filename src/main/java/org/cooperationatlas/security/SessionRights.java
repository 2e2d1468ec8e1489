package org.cooperationatlas.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session to the rights its user has now: on every request of a signed-in user the user's row
 * is read, and a user who was disabled, deleted or given another role since signing in has the session ended
 * there and then, whichever node the change was made on. The request goes on as a visitor's, so a write it
 * carries is refused by the services.
 */
class SessionRights extends OncePerRequestFilter {

    private static final java.util.regex.Pattern STATIC_FILES = java.util.regex.Pattern.compile(
            "/(webjars|js|geo|icons|images|VAADIN/static|VAADIN/build)/.*|.*\\.(js|css|svg|png|ico|woff2?|json|map)");

    private final JdbcClient jdbc;

    SessionRights(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // A static file (a flag, the chart library, the map's borders) carries no action of the user's: the next page
    // or server round trip checks the session, without a look at the database for every file a page loads.
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && STATIC_FILES.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn instanceof UsernamePasswordAuthenticationToken
                && signedIn.isAuthenticated()
                && !standsAsSignedIn(signedIn)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean standsAsSignedIn(Authentication signedIn) {
        Optional<Standing> now = jdbc.sql("select role, enabled from app_user where lower(username) = lower(:name)")
                .param("name", signedIn.getName())
                .query((row, number) -> new Standing(Role.valueOf(row.getString(1)), row.getBoolean(2)))
                .optional();
        if (now.isEmpty() || !now.get().enabled()) {
            return false;
        }
        Set<String> granted = signedIn.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return granted.equals(now.get().role().authorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet()));
    }

    private record Standing(Role role, boolean enabled) {}
}
