package vn.hocluat.contest.stats;

/** A published contest's public figures: distinct entrants and attempts (entries) over all its rounds. */
public record ContestTotals(long entrants, long attempts) {
    public static final ContestTotals NONE = new ContestTotals(0, 0);
}
