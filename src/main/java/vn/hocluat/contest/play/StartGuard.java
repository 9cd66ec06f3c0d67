package vn.hocluat.contest.play;

/**
 * A rule of another part of contests that may refuse an entrant's start in a round (e.g. review:
 * a disqualified entrant). Asked after the round's own rules (published, open, age, residence);
 * refuses by throwing a {@link vn.hocluat.platform.web.Problem} with a message the entrant reads.
 */
public interface StartGuard {
    void check(long contestId, long roundId, long entrantId);
}
