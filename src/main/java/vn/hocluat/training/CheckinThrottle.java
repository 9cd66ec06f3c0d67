package vn.hocluat.training;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps phone numbers and birth dates from being tried out on the public check-in form: per client
 * address (in memory, per node) at most {@code hocluat.checkin.failures-per-window} failed
 * identifications in 10 minutes. Only failures count, so a hall of participants behind one
 * address can all check in.
 */
@Singleton
class CheckinThrottle {
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final int failuresPerWindow;
    private final ConcurrentMap<String, Bucket> byAddress = new ConcurrentHashMap<>();

    CheckinThrottle(@Value("${hocluat.checkin.failures-per-window:10}") int failuresPerWindow) {
        this.failuresPerWindow = failuresPerWindow;
    }

    boolean allowed(String address) {
        Bucket bucket = byAddress.get(address);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    void failed(String address) {
        if (byAddress.size() > MAX_TRACKED_ADDRESSES) {
            byAddress.clear();
        }
        byAddress.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(failuresPerWindow).refillGreedy(failuresPerWindow, WINDOW).build())
                .build()).tryConsume(1);
    }
}
