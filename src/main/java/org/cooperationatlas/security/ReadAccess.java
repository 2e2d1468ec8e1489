package org.cooperationatlas.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether the current caller may read the atlas: anyone when anonymous reading is on (the default), otherwise
 * only signed-in users. Services check it with {@code @PreAuthorize("@readAccess.allowed()")}.
 */
@Component("readAccess")
public class ReadAccess {

    private final boolean anonymousRead;

    ReadAccess(@Value("${atlas.security.anonymous-read:true}") boolean anonymousRead) {
        this.anonymousRead = anonymousRead;
    }

    public boolean allowed() {
        return anonymousRead || isSignedIn();
    }

    public static boolean isSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Whether the signed-in user holds the role (roles include the ones below them). */
    public static boolean has(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return isSignedIn()
                && authentication.getAuthorities().stream()
                        .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role.name()));
    }
}
