package vn.hocluat.contest.manage;

import io.micronaut.core.annotation.Nullable;

/** A contest as typed in the organiser's form, all values still text; minutes for the time limit, blank attempts = unlimited. */
public record ContestInput(@Nullable String title, @Nullable String unitId, @Nullable String rules,
                           @Nullable String minAge, @Nullable String drawCount, @Nullable String timeLimit,
                           @Nullable String attempts, @Nullable String predictionKind) {
}
