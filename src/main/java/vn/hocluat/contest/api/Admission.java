package vn.hocluat.contest.api;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds on the contest requests served at once by this node. A request waits at most
 * {@code hocluat.contest.admission.wait} for a place, then is refused: past the sustainable load,
 * queueing only turns every answer into a time-out (threads pile up waiting for the CPU and the
 * database pool), while a quick 503 lets the phone retry and keeps the admitted requests fast.
 * <p>
 * Two pools: {@code permits} for every contest request, and {@code heavy-permits} (default: the
 * number of processors) for registration and sign-in, which hash the sign-in code with Argon2id
 * (≈ 0.15 s of one core and 19 MiB each): without their own small pool a burst of registrations
 * takes every place and all the CPU, and entrants in the middle of a round could not submit.
 */
@Singleton
class Admission {
    private final Semaphore general;
    private final Semaphore heavy;
    private final long waitNanos;

    Admission(@Value("${hocluat.contest.admission.permits:40}") int permits,
              @Value("${hocluat.contest.admission.heavy-permits:0}") int heavyPermits,
              @Value("${hocluat.contest.admission.wait:200ms}") Duration wait) {
        this.general = new Semaphore(Math.max(1, permits), true);
        this.heavy = new Semaphore(heavyPermits > 0 ? heavyPermits : Runtime.getRuntime().availableProcessors(), true);
        this.waitNanos = wait.toNanos();
    }

    /** Takes a place (of the heavy pool for registration and sign-in), waiting up to the configured time; false when none came free. */
    boolean enter(boolean expensive) {
        Semaphore pool = expensive ? heavy : general;
        try {
            return waitNanos <= 0 ? pool.tryAcquire() : pool.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void leave(boolean expensive) {
        (expensive ? heavy : general).release();
    }
}
