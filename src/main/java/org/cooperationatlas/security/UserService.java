package org.cooperationatlas.security;

import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Who may sign in, with which role; the administration of users is for administrators only. */
@Service
@Transactional(readOnly = true)
public class UserService implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Failed sign-ins in a row that lock an account for {@link #LOCKOUT}. */
    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        boolean locked = user.getLockedUntil() != null && user.getLockedUntil().isAfter(Instant.now());
        return User.withUsername(user.getUsername()).password(user.getPasswordHash())
                .authorities(user.getRole().authorities()).disabled(!user.isEnabled()).accountLocked(locked).build();
    }

    @Secured(Role.ADMIN_AUTHORITY)
    public List<AppUser> all() {
        return users.findAllByOrderByUsername();
    }

    @Transactional
    @Secured(Role.ADMIN_AUTHORITY)
    public AppUser create(String username, String password, Role role) {
        if (username == null || !username.matches("[a-zA-Z0-9._@-]{3,60}")) {
            throw new UserRuleException("user.username.invalid");
        }
        requireStrong(password);
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw new UserRuleException("user.username.taken");
        }
        return users.save(new AppUser(username, passwordEncoder.encode(password), role));
    }

    @Transactional
    @Secured(Role.ADMIN_AUTHORITY)
    public AppUser changeRole(long id, Role role) {
        AppUser user = notMyself(find(id));
        user.setRole(role);
        return user;
    }

    @Transactional
    @Secured(Role.ADMIN_AUTHORITY)
    public AppUser setEnabled(long id, boolean enabled) {
        AppUser user = notMyself(find(id));
        user.setEnabled(enabled);
        return user;
    }

    /** A new password, and a clean slate: a locked account is unlocked. */
    @Transactional
    @Secured(Role.ADMIN_AUTHORITY)
    public AppUser resetPassword(long id, String password) {
        requireStrong(password);
        AppUser user = find(id);
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setFailedAttempts(0);
        user.setLockedUntil(null);
        return user;
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for a while. */
    @Transactional
    void recordFailedSignIn(String username) {
        users.findByUsernameIgnoreCase(username).ifPresent(user -> {
            user.setFailedAttempts(user.getFailedAttempts() + 1);
            if (user.getFailedAttempts() >= MAX_FAILED_ATTEMPTS) {
                user.setLockedUntil(Instant.now().plus(LOCKOUT));
                user.setFailedAttempts(0);
            }
        });
    }

    @Transactional
    void recordSignIn(String username) {
        users.findByUsernameIgnoreCase(username).ifPresent(user -> {
            user.setFailedAttempts(0);
            user.setLockedUntil(null);
        });
    }

    /** Creates the first administrator if there is no user at all; false when users already exist. */
    @Transactional
    boolean createFirstAdmin(String username, String password) {
        if (users.count() > 0) {
            return false;
        }
        users.save(new AppUser(username, passwordEncoder.encode(password), Role.ADMIN));
        return true;
    }

    // An administrator who demoted or disabled themselves could leave the atlas with nobody to administer it.
    private static AppUser notMyself(AppUser user) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && user.getUsername().equalsIgnoreCase(current.getName())) {
            throw new UserRuleException("user.self");
        }
        return user;
    }

    private AppUser find(long id) {
        return users.findById(id).orElseThrow(() -> new UserRuleException("user.notFound"));
    }

    private static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserRuleException("user.password.tooShort");
        }
    }
}
