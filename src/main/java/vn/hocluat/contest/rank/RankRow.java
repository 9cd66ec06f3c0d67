package vn.hocluat.contest.rank;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One line of a ranking (provisional or frozen): the entrant's best entry, the prize it won when frozen, the flags of their entries. */
record RankRow(int rank, long entrantId, long attemptId, String fullName, String phone, long unitId, String unitName,
               BigDecimal score, BigDecimal maxScore, @Nullable BigDecimal prediction, @Nullable BigDecimal predictionError,
               long durationMs, Instant startedAt, @Nullable Long prizeId, @Nullable String prizeName, List<String> flags) {
}
