package vn.hocluat.contest.play;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.hocluat.assessment.AttemptService;
import vn.hocluat.assessment.AttemptSheet;
import vn.hocluat.assessment.Response;
import vn.hocluat.assessment.Taker;
import vn.hocluat.platform.web.Problem;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An entrant's play in contest rounds, on top of the assessment engine: a start checks the round's
 * rules ({@link RoundGate}), every {@link StartGuard} and the start rate limits, then starts (or
 * resumes — one open attempt per entrant) the round quiz's attempt as taker ENTRANT and records the
 * entry, locking the entrant's details. Times and scores come from the server only. Every method
 * takes the signed-in entrant's id and refuses (404) an attempt that is not theirs.
 */
@Singleton
public class EntryService {
    static final BigDecimal MAX_PREDICTION = new BigDecimal("1000000000000");

    private final EntryStore store;
    private final AttemptService attempts;
    private final List<StartGuard> guards;
    private final EntryThrottle throttle;
    private final Clock clock;

    EntryService(EntryStore store, AttemptService attempts, List<StartGuard> guards, EntryThrottle throttle, Clock clock) {
        this.store = store;
        this.attempts = attempts;
        this.guards = guards;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** A started attempt; {@code resumed} when the entrant's open attempt in the round was returned. */
    public record Entry(long attemptId, boolean resumed) {
    }

    /**
     * Starts the entrant's attempt in the round, or returns their open one. 404: unknown round or
     * unpublished contest; 409 with the reason: not open, closed, too young, not resident, a guard's
     * refusal, no attempts left (the engine); 429: too many starts.
     */
    public Entry start(long roundId, long entrantId, String clientIp, @Nullable String userAgent) {
        RoundGate gate = store.gate(roundId, entrantId).orElseThrow(Problem::notFound);
        long quizId = gate.quizOrRefuse(LocalDate.now(clock));
        guards.forEach(g -> g.check(gate.contestId(), roundId, entrantId));
        if (!throttle.start(entrantId, clientIp)) {
            throw new Problem(HttpStatus.TOO_MANY_REQUESTS, "contest.play.tooManyStarts");
        }
        AttemptService.Started started = attempts.start(quizId, taker(entrantId), clientIp, userAgent);
        store.entered(roundId, started.attemptId(), entrantId);
        return new Entry(started.attemptId(), started.resumed());
    }

    /** The entrant's attempt as they may see it (questions without keys while open). */
    public AttemptSheet sheet(long attemptId, long entrantId) {
        entry(attemptId, entrantId);
        return attempts.sheet(attemptId, taker(entrantId));
    }

    /** Autosave: the responses and, when given, the prediction; 409 once the attempt is closed. */
    public void save(long attemptId, long entrantId, List<Response> responses, @Nullable BigDecimal prediction) {
        EntryLine line = entry(attemptId, entrantId);
        attempts.save(attemptId, taker(entrantId), responses);
        predict(line, entrantId, prediction);
    }

    /** Submits (idempotent); a late submit closes the attempt as expired with what was saved (the engine's rule). */
    public AttemptSheet submit(long attemptId, long entrantId, @Nullable List<Response> responses, @Nullable BigDecimal prediction) {
        EntryLine line = entry(attemptId, entrantId);
        if (line.open()) {
            predict(line, entrantId, prediction);
        }
        AttemptSheet sheet = attempts.submit(attemptId, taker(entrantId), responses);
        store.finish(attemptId);
        return sheet;
    }

    /** The entry with its result once closed (an overdue attempt is closed first). */
    public EntryLine result(long attemptId, long entrantId) {
        EntryLine line = entry(attemptId, entrantId);
        if (line.open()) {
            attempts.sheet(attemptId, taker(entrantId));
            store.finish(attemptId);
            line = entry(attemptId, entrantId);
        }
        return line;
    }

    /** The entrant's entries, newest first (one contest, or all when null). */
    public List<EntryLine> history(long entrantId, @Nullable Long contestId) {
        return store.history(entrantId, contestId);
    }

    /** Makes the round's entries complete and their results current (before ranking or statistics); returns rows changed. */
    public int reconcile(long roundId) {
        return store.reconcile(roundId);
    }

    static Taker taker(long entrantId) {
        return new Taker(EntryStore.ENTRANT, entrantId);
    }

    private EntryLine entry(long attemptId, long entrantId) {
        Optional<EntryLine> line = store.line(attemptId, entrantId);
        return line.orElseThrow(Problem::notFound);
    }

    private void predict(EntryLine line, long entrantId, @Nullable BigDecimal prediction) {
        if (prediction == null) {
            return;
        }
        if ("NONE".equals(line.predictionKind())) {
            throw Problem.badRequest("contest.play.noPrediction");
        }
        if (prediction.signum() < 0 || prediction.compareTo(MAX_PREDICTION) >= 0 || prediction.scale() > 2) {
            throw Problem.badRequest("contest.play.predictionRange");
        }
        if (!store.predict(line.attemptId(), entrantId, prediction)) {
            throw new Problem(HttpStatus.CONFLICT, "attempt.error.closed");
        }
    }
}
