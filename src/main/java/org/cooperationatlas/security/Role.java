package org.cooperationatlas.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a user may do. Each role includes the ones before it: an administrator also edits, an editor also reads. */
public enum Role {
    VIEWER,
    EDITOR,
    ADMIN;

    public static final String EDITOR_NAME = "EDITOR";
    public static final String ADMIN_NAME = "ADMIN";
    /** For services' {@code @Secured}: views use {@code @RolesAllowed}, which must not make them Spring proxies. */
    public static final String EDITOR_AUTHORITY = "ROLE_EDITOR";

    public static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    /** ROLE_ authorities for this role and every role it includes. */
    public List<GrantedAuthority> authorities() {
        return Arrays.stream(values())
                .filter(role -> role.ordinal() <= ordinal())
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    public String messageKey() {
        return "role." + name();
    }
}
