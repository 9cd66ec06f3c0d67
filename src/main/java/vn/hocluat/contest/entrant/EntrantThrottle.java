package vn.hocluat.contest.entrant;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.RateLimit;

import java.time.Duration;

/**
 * Rate limits of the entrant pages (Bucket4j, in memory, per node, like the staff login throttle).
 * Registrations per client address: generous, because Vietnamese mobile carriers put many phones
 * behind one address (CGNAT) and a commune may register a whole hall at once. Sign-in failures per
 * phone (guessing one entrant's code) and per address (guessing across phones).
 */
@Singleton
class EntrantThrottle {
    private final RateLimit registrations;
    private final RateLimit phoneFailures;
    private final RateLimit addressFailures;

    EntrantThrottle(@Value("${hocluat.contest.register-limit:30}") int registerLimit,
                    @Value("${hocluat.contest.signin-phone-failures:5}") int phoneLimit,
                    @Value("${hocluat.contest.signin-address-failures:30}") int addressLimit) {
        this.registrations = new RateLimit(registerLimit, Duration.ofMinutes(10));
        this.phoneFailures = new RateLimit(phoneLimit, Duration.ofMinutes(15));
        this.addressFailures = new RateLimit(addressLimit, Duration.ofMinutes(10));
    }

    /** Takes one registration from the address; false when it has none left. */
    boolean registration(String address) {
        return registrations.take(address);
    }

    /** False while the phone or the address has used up its failed sign-ins (an empty phone: only the address). */
    boolean signInAllowed(String phone, String address) {
        return (phone.isEmpty() || phoneFailures.left(phone)) && addressFailures.left(address);
    }

    void signInFailed(String phone, String address) {
        if (!phone.isEmpty()) {
            phoneFailures.take(phone);
        }
        addressFailures.take(address);
    }
}
