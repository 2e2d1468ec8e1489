package org.cooperationatlas.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Throttles guessing: repeated wrong passwords for one account lock it for a while. */
@Component
class SignInAttempts {

    private final UserService users;

    SignInAttempts(UserService users) {
        this.users = users;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailedSignIn(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        users.recordSignIn(event.getAuthentication().getName());
    }
}
