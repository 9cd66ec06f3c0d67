package vn.hocluat.learning.certificate;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down guessing of verification codes: every lookup of a code costs one token of the client
 * address's bucket (in memory, per node), by default 30 per 10 minutes refilled evenly — a burst of
 * 30, then 3 a minute. A person scanning a QR code or an office checking a pile of certificates
 * stays far below that; a script trying codes gets {@code 429} with the minutes to wait.
 */
@Singleton
class VerifyThrottle {
    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final ConcurrentMap<String, Bucket> byAddress = new ConcurrentHashMap<>();
    private final int limit;
    private final Duration window;

    VerifyThrottle(@Value("${hocluat.certificates.verify-limit:30}") int limit,
                   @Value("${hocluat.certificates.verify-window:10m}") Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Takes one lookup from the address: 0 when allowed, else the whole minutes (at least 1) to wait. */
    long minutesToWait(String address) {
        if (byAddress.size() > MAX_TRACKED_ADDRESSES) {
            byAddress.clear();
        }
        Bucket bucket = byAddress.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, window).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toMinutes() + 1);
    }
}
