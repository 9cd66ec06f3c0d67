package vn.hocluat.contest.play;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.RateLimit;

import java.time.Duration;

/**
 * Rate limits on starting attempts: per entrant (a script starting attempts to harvest questions)
 * and per client address (many entrants from one place). The address limit is generous because
 * carriers put many phones behind one address and a commune hall may play together.
 */
@Singleton
class EntryThrottle {
    private final RateLimit perEntrant;
    private final RateLimit perAddress;

    EntryThrottle(@Value("${hocluat.contest.start-limit:10}") int entrantLimit,
                  @Value("${hocluat.contest.start-address-limit:300}") int addressLimit) {
        this.perEntrant = new RateLimit(entrantLimit, Duration.ofMinutes(10));
        this.perAddress = new RateLimit(addressLimit, Duration.ofMinutes(1));
    }

    boolean start(long entrantId, String address) {
        return perEntrant.take(Long.toString(entrantId)) && perAddress.take(address);
    }
}
