package vn.hocluat.platform.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A rate limit per key (an address, a phone, an entrant): {@code capacity} tokens refilled over
 * {@code window}, in memory on this node (Bucket4j). The map is cleared when it tracks too many keys,
 * which forgives everyone at once rather than growing without bound under a flood of addresses.
 */
public final class RateLimit {
    private static final int MAX_TRACKED = 100_000;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int capacity;
    private final Duration window;

    public RateLimit(int capacity, Duration window) {
        this.capacity = capacity;
        this.window = window;
    }

    /** Takes one token for the key; false when it has none left. */
    public boolean take(String key) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build()).tryConsume(1);
    }

    /** Whether the key has a token left, without taking one. */
    public boolean left(String key) {
        Bucket bucket = buckets.get(key);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }
}
