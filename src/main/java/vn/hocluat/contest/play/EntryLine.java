package vn.hocluat.contest.play;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/** One entry (attempt at a round) as its entrant and the contest pages see it; result fields null while open. */
public record EntryLine(long attemptId, long roundId, String roundName, long contestId, String contestSlug, String contestTitle,
                        String predictionKind, Instant startedAt, @Nullable Instant finishedAt, @Nullable Long durationMs,
                        @Nullable BigDecimal score, BigDecimal maxScore, @Nullable BigDecimal prediction, String device) {
    public boolean open() {
        return finishedAt == null;
    }
}
