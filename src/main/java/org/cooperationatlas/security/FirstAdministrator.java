package org.cooperationatlas.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the very first start, creates the administrator "admin" with the configured password, or with a random
 * one that is written to the log this once. No password is built in.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserService users;
    private final String configuredPassword;

    FirstAdministrator(UserService users, @Value("${atlas.admin.initial-password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean random = configuredPassword == null || configuredPassword.isBlank();
        String password = random ? randomPassword() : configuredPassword;
        boolean created;
        try {
            created = users.createFirstAdmin(USERNAME, password);
        } catch (UserRuleException weak) {
            // The same policy as for every user: refusing to start says so at once, where a weak administrator
            // password would be found by others first.
            throw new IllegalStateException(
                    "atlas.admin.initial-password (ATLAS_ADMIN_INITIAL_PASSWORD) must have at least "
                            + UserService.MIN_PASSWORD_LENGTH + " characters and at most "
                            + UserService.MAX_PASSWORD_BYTES
                            + " bytes in UTF-8 (BCrypt reads no further); the first administrator was not created",
                    weak);
        }
        if (created) {
            if (random) {
                LOG.warn(
                        "Created the first administrator '{}' with the password {} (shown this once; change it "
                                + "after signing in, or set ATLAS_ADMIN_INITIAL_PASSWORD before the first start)",
                        USERNAME,
                        password);
            } else {
                LOG.info("Created the first administrator '{}' with the configured initial password", USERNAME);
            }
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
