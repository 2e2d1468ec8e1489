package org.cooperationatlas.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password, the login form's and HTTP Basic's alike, unless too many wrong passwords came
 * for the account from the same client address lately: then the attempt is refused before the password is looked
 * at, so a blocked guesser learns nothing, and the owner elsewhere is not affected.
 */
class ThrottledSignIn extends DaoAuthenticationProvider {

    private final SignInThrottle throttle;

    ThrottledSignIn(UserService users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        super(passwordEncoder);
        setUserDetailsService(users);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String account = attempt.getName();
        String address = addressOf(attempt);
        if (throttle.blockedUntil(account, address).isPresent()) {
            throw new LockedException("Too many wrong passwords for this account from this address");
        }
        try {
            Authentication signedIn = super.authenticate(attempt);
            throttle.succeeded(account, address);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(account, address);
            throw wrong;
        }
    }

    // Behind a proxy this is the client's address when server.forward-headers-strategy is set (README).
    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }
}
