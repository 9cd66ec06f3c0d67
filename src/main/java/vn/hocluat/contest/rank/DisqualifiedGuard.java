package vn.hocluat.contest.rank;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.hocluat.contest.play.StartGuard;
import vn.hocluat.platform.web.Problem;

/** Refuses a start to an entrant disqualified in the contest, telling them why. */
@Singleton
class DisqualifiedGuard implements StartGuard {
    private final Disqualifications disqualifications;

    DisqualifiedGuard(Disqualifications disqualifications) {
        this.disqualifications = disqualifications;
    }

    @Override
    public void check(long contestId, long roundId, long entrantId) {
        disqualifications.reason(contestId, entrantId).ifPresent(reason -> {
            throw new Problem(HttpStatus.CONFLICT, "contest.review.start.disqualified", reason);
        });
    }
}
