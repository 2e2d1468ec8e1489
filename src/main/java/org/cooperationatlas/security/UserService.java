package org.cooperationatlas.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
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

/** Who may sign in, with which role; the administration of users is for administrators only. */
@Service
@Transactional(readOnly = true)
public class UserService implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** BCrypt reads no further than 72 bytes of a password; a longer one would be cut without a word. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(user.getRole().authorities())
                .disabled(!user.isEnabled())
                .build();
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

    /** A new password, and a clean slate: every address blocked for wrong passwords may try again. */
    @Transactional
    @Secured(Role.ADMIN_AUTHORITY)
    public AppUser resetPassword(long id, String password) {
        requireStrong(password);
        AppUser user = find(id);
        user.setPasswordHash(passwordEncoder.encode(password));
        throttle.forget(user.getUsername());
        return user;
    }

    /** How many client addresses are blocked from the user's account for wrong passwords now. */
    @Secured(Role.ADMIN_AUTHORITY)
    public int blockedAddresses(AppUser user) {
        return throttle.blockedAddresses(user.getUsername());
    }

    /** Creates the first administrator if there is no user at all; false when users already exist. */
    @Transactional
    boolean createFirstAdmin(String username, String password) {
        if (users.count() > 0) {
            return false;
        }
        requireStrong(password);
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

    /** The one password policy, for users and the first administrator alike. */
    static void requireStrong(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new UserRuleException("user.password.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new UserRuleException("user.password.tooLong");
        }
    }
}
