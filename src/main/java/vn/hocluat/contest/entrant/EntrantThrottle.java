package vn.hocluat.contest.entrant;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Rate limits of the entrant pages (Bucket4j, in memory, per node, like the staff login throttle).
 * Registrations per client address: generous, because Vietnamese mobile carriers put many phones
 * behind one address (CGNAT) and a commune may register a whole hall at once. Sign-in failures per
 * phone (guessing one entrant's code) and per address (guessing across phones).
 */
@Singleton
class EntrantThrottle {
    private static final int MAX_TRACKED = 100_000;

    private final Limit registrations;
    private final Limit phoneFailures;
    private final Limit addressFailures;

    EntrantThrottle(@Value("${hocluat.contest.register-limit:30}") int registerLimit,
                    @Value("${hocluat.contest.signin-phone-failures:5}") int phoneLimit,
                    @Value("${hocluat.contest.signin-address-failures:30}") int addressLimit) {
        this.registrations = new Limit(registerLimit, Duration.ofMinutes(10));
        this.phoneFailures = new Limit(phoneLimit, Duration.ofMinutes(15));
        this.addressFailures = new Limit(addressLimit, Duration.ofMinutes(10));
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

    private static final class Limit {
        private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
        private final int capacity;
        private final Duration window;

        Limit(int capacity, Duration window) {
            this.capacity = capacity;
            this.window = window;
        }

        boolean take(String key) {
            if (buckets.size() > MAX_TRACKED) {
                buckets.clear();
            }
            return buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                    .build()).tryConsume(1);
        }

        boolean left(String key) {
            Bucket bucket = buckets.get(key);
            return bucket == null || bucket.getAvailableTokens() > 0;
        }
    }
}
