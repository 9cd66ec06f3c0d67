package vn.hocluat.contest.manage;

import io.micronaut.core.annotation.Nullable;

/**
 * A prize of a contest: of one round ({@code roundId}) or of the whole contest (null). Kinds:
 * INDIVIDUAL (tier 1, 2, … with {@code count} winners each), UNIT_MOST_ENTRANTS and
 * UNIT_HIGHEST_RATE (collective: {@code count} units at that tier, by entrants or by entrants per
 * unit population).
 */
public record Prize(long id, @Nullable Long roundId, String kind, int tier, String name, int count) {
    public static final String INDIVIDUAL = "INDIVIDUAL";
    public static final String UNIT_MOST_ENTRANTS = "UNIT_MOST_ENTRANTS";
    public static final String UNIT_HIGHEST_RATE = "UNIT_HIGHEST_RATE";
}
