package vn.hocluat.contest.api;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.concurrent.Semaphore;

/**
 * Bounds on the contest requests served at once by this node. A request that finds no free place
 * is refused at once: past the sustainable load,
 * queueing only turns every answer into a time-out (threads pile up waiting for the CPU and the
 * database pool), while a quick 503 lets the phone retry and keeps the admitted requests fast.
 * <p>
 * Two pools: {@code permits} (default: 8 per processor) for every contest request, and {@code heavy-permits} (default: the
 * number of processors) for registration and sign-in, so that a burst of new entrants at a round's
 * opening cannot take the places of entrants in the middle of an attempt who need to submit (with
 * Argon2id codes it was a burst of registrations that took every place; a load run with 2 places per
 * processor after the switch to keyed hashes completed fewer cycles, so the small pool stays).
 */
@Singleton
class Admission {
    /** Default places per processor: the work is CPU-bound, so more at once only shares the same cores (LOAD.md). */
    static final int PER_PROCESSOR = 8;

    private final Semaphore general;
    private final Semaphore heavy;

    Admission(@Value("${hocluat.contest.admission.permits:0}") int permits,
              @Value("${hocluat.contest.admission.heavy-permits:0}") int heavyPermits) {
        int processors = Runtime.getRuntime().availableProcessors();
        this.general = new Semaphore(permits > 0 ? permits : PER_PROCESSOR * processors);
        this.heavy = new Semaphore(heavyPermits > 0 ? heavyPermits : processors);
    }

    /** Takes a free place (of the heavy pool for registration and sign-in) without waiting; false when none is free. */
    boolean tryEnter(boolean expensive) {
        return (expensive ? heavy : general).tryAcquire();
    }

    void leave(boolean expensive) {
        (expensive ? heavy : general).release();
    }
}
