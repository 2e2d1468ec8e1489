package org.cooperationatlas.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing per account and client address: five wrong passwords for one account from one
 * address within fifteen minutes block that pair for fifteen minutes, each further block twice as long as the one
 * before; fifty wrong passwords from one address, whatever the accounts, block the address. The owner signing in
 * from another address is never refused. Counted by single-statement updates in the database, so that parallel
 * attempts are all counted and every node sees the same counts.
 */
@Component
class SignInThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LONGEST_BLOCK = Duration.ofHours(24);
    private static final String EVERY_ACCOUNT = "*";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // A failure is counted even though the sign-in that caused it fails.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Until when sign-ins to this account from this address are refused without a look at the password. */
    Optional<Instant> blockedUntil(String account, String address) {
        return jdbc.sql("""
                        select max(blocked_until) from sign_in_throttle
                        where address = :address and account in (:account, :everyAccount) and blocked_until > :now
                        """)
                .param("address", address)
                .param("account", key(account))
                .param("everyAccount", EVERY_ACCOUNT)
                .param("now", Timestamp.from(Instant.now()))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    void failed(String account, String address) {
        ownTransaction.executeWithoutResult(status -> {
            count(key(account), address, MAX_FAILURES_PER_ACCOUNT);
            count(EVERY_ACCOUNT, address, MAX_FAILURES_PER_ADDRESS);
            // Counts that neither block nor may soon: a day after their window, they are forgotten.
            Instant now = Instant.now();
            jdbc.sql("delete from sign_in_throttle where window_start < :dayAgo "
                            + "and (blocked_until is null or blocked_until < :now)")
                    .param("dayAgo", Timestamp.from(now.minus(Duration.ofDays(1))))
                    .param("now", Timestamp.from(now))
                    .update();
        });
    }

    /** The right password from this address: its count for the account starts again. */
    void succeeded(String account, String address) {
        ownTransaction.executeWithoutResult(
                status -> jdbc.sql("delete from sign_in_throttle where account = :account and address = :address")
                        .param("account", key(account))
                        .param("address", address)
                        .update());
    }

    /** Forgets every block of the account, as when an administrator gives it a new password. */
    void forget(String account) {
        jdbc.sql("delete from sign_in_throttle where account = :account")
                .param("account", key(account))
                .update();
    }

    /** How many addresses are blocked from the account now. */
    int blockedAddresses(String account) {
        return jdbc.sql("select count(*) from sign_in_throttle where account = :account and blocked_until > :now")
                .param("account", key(account))
                .param("now", Timestamp.from(Instant.now()))
                .query(Integer.class)
                .single();
    }

    private void count(String account, String address, int maxFailures) {
        Instant now = Instant.now();
        Timestamp windowFloor = Timestamp.from(now.minus(WINDOW));
        // One statement: concurrent failures each add one, none is lost to a read-modify-write.
        int updated = jdbc.sql("""
                        update sign_in_throttle
                        set failures = case when window_start < :floor then 1 else failures + 1 end,
                            window_start = case when window_start < :floor then :now else window_start end
                        where account = :account and address = :address
                        """)
                .param("floor", windowFloor)
                .param("now", Timestamp.from(now))
                .param("account", account)
                .param("address", address)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                                insert into sign_in_throttle (account, address, failures, window_start, strikes)
                                values (:account, :address, 1, :now, 0)
                                """)
                        .param("account", account)
                        .param("address", address)
                        .param("now", Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException concurrentFirst) {
                count(account, address, maxFailures);
                return;
            }
        }
        int strikes = jdbc.sql("select strikes from sign_in_throttle where account = :account and address = :address")
                .param("account", account)
                .param("address", address)
                .query(Integer.class)
                .single();
        Duration block = WINDOW.multipliedBy(1L << Math.min(strikes, 10));
        // Only the attempt that reaches the limit blocks: it sets the count back to zero for the next window.
        jdbc.sql("""
                        update sign_in_throttle
                        set blocked_until = :until, failures = 0, window_start = :now, strikes = strikes + 1
                        where account = :account and address = :address and failures >= :max
                        """)
                .param("until", Timestamp.from(now.plus(block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block)))
                .param("now", Timestamp.from(now))
                .param("account", account)
                .param("address", address)
                .param("max", maxFailures)
                .update();
    }

    private static String key(String account) {
        String name = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
