package vn.hocluat.account;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.PasswordHasher;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a username and password, applying the login throttle; used by the login page and the token API. */
@Singleton
public class Authenticator {
    /** Why a login was refused; each maps to a message key login.error.&lt;name&gt;. */
    public enum Refusal { INVALID, LOCKED, THROTTLED }

    /** Either an authentication or a refusal, with minutes to wait when locked. */
    public record Result(Authentication authentication, Refusal refusal, long waitMinutes) {
        public boolean ok() {
            return authentication != null;
        }
    }

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;

    Authenticator(AccountRepository accounts, PasswordHasher hasher, LoginThrottle throttle) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    @Transactional
    public Result authenticate(String username, String password, String clientAddress) {
        if (!throttle.addressAllowed(clientAddress)) {
            return new Result(null, Refusal.THROTTLED, LoginThrottle.LOCK.toMinutes());
        }
        Optional<Account> found = accounts.findByUsername(username == null ? "" : username.trim());
        Instant now = Instant.now();
        if (found.isPresent()) {
            Account a = found.get();
            if (a.lockedUntil() != null && a.lockedUntil().isAfter(now)) {
                return new Result(null, Refusal.LOCKED, minutesUntil(now, a.lockedUntil()));
            }
            if (a.enabled() && hasher.matches(password, a.passwordHash())) {
                if (a.failedLogins() > 0) {
                    accounts.updateLoginFailures(a.id(), 0, null);
                }
                return new Result(authentication(a), null, 0);
            }
            int failures = a.failedLogins() + 1;
            Instant lock = failures >= LoginThrottle.MAX_FAILURES ? now.plus(LoginThrottle.LOCK) : null;
            accounts.updateLoginFailures(a.id(), lock == null ? failures : 0, lock);
            if (lock != null) {
                throttle.addressFailed(clientAddress);
                return new Result(null, Refusal.LOCKED, LoginThrottle.LOCK.toMinutes());
            }
        } else {
            // spend the same time as a real check, so response time does not reveal which usernames exist
            hasher.matches(password == null ? "" : password, DUMMY_HASH);
        }
        throttle.addressFailed(clientAddress);
        return new Result(null, Refusal.INVALID, 0);
    }

    static Authentication authentication(Account a) {
        return Authentication.build(a.username(), List.of(a.role().name()), Map.of(
                CurrentUser.ACCOUNT_ID, a.id(),
                CurrentUser.UNIT_ID, a.unitId(),
                CurrentUser.DISPLAY_NAME, a.displayName()));
    }

    private static long minutesUntil(Instant now, Instant until) {
        return Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
    }

    private static final String DUMMY_HASH = new PasswordHasher().hash("not-a-real-password");
}
