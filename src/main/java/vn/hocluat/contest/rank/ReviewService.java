package vn.hocluat.contest.rank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Problem;

import java.sql.ResultSet;
import java.util.Optional;

/**
 * The organisers' review of a round: disqualify or reinstate an entrant with a reason (appended to the
 * decision log; a frozen round is re-frozen at once so the ranking follows the decision), freeze, recompute
 * flags, publish the results (which locks the round). Every call checks the role and the contest's unit
 * subtree here. {@link #disqualification} tells other parts of contests whether an entrant is disqualified.
 */
@Singleton
public class ReviewService {
    static final int MAX_REASON = 1000;

    private final JdbcOperations jdbc;
    private final UnitScope scope;
    private final RankingStore ranking;
    private final Freezer freezer;
    private final Disqualifications disqualifications;

    ReviewService(JdbcOperations jdbc, UnitScope scope, RankingStore ranking, Freezer freezer, Disqualifications disqualifications) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.ranking = ranking;
        this.freezer = freezer;
        this.disqualifications = disqualifications;
    }

    /**
     * The reason of the entrant's disqualification in the contest, if the latest decision about them in any of
     * its rounds is a disqualification (the most recent such reason); empty otherwise.
     */
    public Optional<String> disqualification(long contestId, long entrantId) {
        return disqualifications.reason(contestId, entrantId);
    }

    /** The round after checking the role, the contest's scope and that the round is the contest's (404 otherwise). */
    @ReadOnly
    RoundHead round(CurrentUser user, long contestId, long roundId) {
        if (!user.hasAny(Role.ORGANISER, Role.MANAGER, Role.ADMIN)) {
            throw Problem.forbidden();
        }
        RoundHead head = ranking.head(roundId).filter(h -> h.contestId() == contestId).orElseThrow(Problem::notFound);
        scope.require(user, head.contestUnitId());
        return head;
    }

    @Transactional
    public long disqualify(CurrentUser user, long contestId, long roundId, long entrantId, @Nullable String reason) {
        return decide(user, contestId, roundId, entrantId, "DISQUALIFY", reason);
    }

    @Transactional
    public long reinstate(CurrentUser user, long contestId, long roundId, long entrantId, @Nullable String reason) {
        return decide(user, contestId, roundId, entrantId, "REINSTATE", reason);
    }

    /** Freezes the closed round now, or re-freezes it (until the results are published). */
    @Transactional
    public void freeze(CurrentUser user, long contestId, long roundId) {
        round(user, contestId, roundId);
        freezer.freeze(roundId, user.accountId(), null);
    }

    /** Recomputes the round's flags; returns how many are raised. */
    @Transactional
    public int reflag(CurrentUser user, long contestId, long roundId) {
        RoundHead head = round(user, contestId, roundId);
        if (head.resultsPublished()) {
            throw new Problem(HttpStatus.CONFLICT, "contest.review.refused.published");
        }
        return freezer.flag(head);
    }

    /** Publishes the frozen round's results: no more decisions or freezes for it. */
    @Transactional
    public void publishResults(CurrentUser user, long contestId, long roundId) {
        freezer.lock(roundId);
        RoundHead head = round(user, contestId, roundId);
        if (!head.frozen()) {
            throw new Problem(HttpStatus.CONFLICT, "contest.review.refused.notFrozen");
        }
        if (head.resultsPublished()) {
            throw new Problem(HttpStatus.CONFLICT, "contest.review.refused.published");
        }
        jdbc.prepareStatement("update contest_round set results_published_at = now(), updated_at = now() where id = ?", st -> {
            st.setLong(1, roundId);
            return st.executeUpdate();
        });
    }

    private long decide(CurrentUser user, long contestId, long roundId, long entrantId, String action, @Nullable String reason) {
        freezer.lock(roundId);
        RoundHead head = round(user, contestId, roundId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ReviewInvalid("reason", "contest.review.error.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new ReviewInvalid("reason", "contest.review.error.reasonTooLong");
        }
        if (head.resultsPublished()) {
            throw new Problem(HttpStatus.CONFLICT, "contest.review.refused.published");
        }
        String current = jdbc.prepareStatement("""
                select (select count(*) from contest_entry e where e.round_id = ? and e.entrant_id = ?),
                       (select d.action from review_decision d where d.round_id = ? and d.entrant_id = ? order by d.id desc limit 1)""",
                st -> {
                    st.setLong(1, roundId);
                    st.setLong(2, entrantId);
                    st.setLong(3, roundId);
                    st.setLong(4, entrantId);
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) == 0) {
                            throw Problem.notFound();
                        }
                        String a = rs.getString(2);
                        return a == null ? "REINSTATE" : a;
                    }
                });
        if (current.equals(action)) {
            throw new Problem(HttpStatus.CONFLICT, "DISQUALIFY".equals(action)
                    ? "contest.review.refused.alreadyDisqualified" : "contest.review.refused.notDisqualified");
        }
        long id = jdbc.prepareStatement("""
                insert into review_decision (round_id, entrant_id, action, reason, by_account) values (?, ?, ?, ?, ?) returning id""",
                st -> {
                    st.setLong(1, roundId);
                    st.setLong(2, entrantId);
                    st.setString(3, action);
                    st.setString(4, why);
                    st.setLong(5, user.accountId());
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
        if (head.frozen()) {
            freezer.freeze(roundId, user.accountId(), id);
        }
        return id;
    }
}
