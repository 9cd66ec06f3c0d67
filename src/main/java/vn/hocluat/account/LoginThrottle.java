package vn.hocluat.account;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down password guessing. Per account (in the database, so all nodes agree): after
 * {@value #MAX_FAILURES} failures in a row the account is locked for {@link #LOCK}. Per client
 * address (in memory, per node): at most {@value #IP_FAILURES_PER_WINDOW} failures in 10 minutes,
 * which also covers guessing across many usernames.
 */
@Singleton
class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    static final int IP_FAILURES_PER_WINDOW = 30;
    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final ConcurrentMap<String, Bucket> byAddress = new ConcurrentHashMap<>();

    /** False when this address has used up its failures for now. */
    boolean addressAllowed(String address) {
        Bucket bucket = byAddress.get(address);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    void addressFailed(String address) {
        if (byAddress.size() > MAX_TRACKED_ADDRESSES) {
            byAddress.clear();
        }
        byAddress.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(IP_FAILURES_PER_WINDOW)
                        .refillGreedy(IP_FAILURES_PER_WINDOW, Duration.ofMinutes(10)).build())
                .build()).tryConsume(1);
    }
}
