package vn.hocluat.contest.api;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A bound on the contest requests served at once by this node ({@code hocluat.contest.admission.permits}).
 * A request waits at most {@code hocluat.contest.admission.wait} for a place, then is refused: past the
 * sustainable load, queueing only turns every answer into a time-out (threads pile up waiting for the
 * database pool), while a quick 503 lets the phone retry and keeps the requests admitted fast.
 */
@Singleton
class Admission {
    private final Semaphore permits;
    private final long waitNanos;

    Admission(@Value("${hocluat.contest.admission.permits:40}") int permits,
              @Value("${hocluat.contest.admission.wait:200ms}") Duration wait) {
        this.permits = new Semaphore(Math.max(1, permits), true);
        this.waitNanos = wait.toNanos();
    }

    /** Takes a place, waiting up to the configured time; false when none came free (or the thread was interrupted). */
    boolean enter() {
        try {
            return waitNanos <= 0 ? permits.tryAcquire() : permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void leave() {
        permits.release();
    }
}
