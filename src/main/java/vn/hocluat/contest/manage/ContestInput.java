package vn.hocluat.contest.manage;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A contest as typed in the organiser's form, all values still text; minutes for the time limit,
 * blank attempts = unlimited. {@code residenceUnitIds}: units whose residents may enter (none =
 * anyone); {@code rankingOrder}: the ranking keys first to last, blanks skipped (null = the default order).
 */
public record ContestInput(@Nullable String title, @Nullable String unitId, @Nullable String rules,
                           @Nullable String minAge, @Nullable String drawCount, @Nullable String timeLimit,
                           @Nullable String attempts, @Nullable String predictionKind,
                           @Nullable List<String> residenceUnitIds, @Nullable List<String> rankingOrder) {
    /** Without eligibility units and with the default ranking order. */
    public ContestInput(@Nullable String title, @Nullable String unitId, @Nullable String rules, @Nullable String minAge,
                        @Nullable String drawCount, @Nullable String timeLimit, @Nullable String attempts,
                        @Nullable String predictionKind) {
        this(title, unitId, rules, minAge, drawCount, timeLimit, attempts, predictionKind, null, null);
    }
}
