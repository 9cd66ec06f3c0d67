package vn.hocluat.contest.rank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.contest.play.EntryService;
import vn.hocluat.platform.web.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Freezes a closed round: entries reconciled, the prediction's actual value computed by the system
 * (FULL_SCORE_COUNT: distinct entrants with a finished full-score entry; TOTAL_ENTRANTS: distinct entrants
 * with any entry; disqualified entrants counted in neither), flags recomputed, the ranking stored with the
 * individual prizes, and the record of how (order keys, actual, counts, algorithm version, first freeze or
 * re-freeze) written on the round and appended to {@code round_freeze}. Refused once results are published.
 * Runs in the caller's transaction.
 */
@Singleton
class Freezer {
    static final String ALGORITHM = "hocluat-contest-rank/1";
    private static final Logger LOG = LoggerFactory.getLogger(Freezer.class);

    private final JdbcOperations jdbc;
    private final RankingStore ranking;
    private final FlagRules flags;
    private final PrizeAwards prizes;
    private final EntryService entries;
    private final JsonMapper json;

    Freezer(JdbcOperations jdbc, RankingStore ranking, FlagRules flags, PrizeAwards prizes, EntryService entries, JsonMapper json) {
        this.jdbc = jdbc;
        this.ranking = ranking;
        this.flags = flags;
        this.prizes = prizes;
        this.entries = entries;
        this.json = json;
    }

    /** Entrant counts of a round: all, not disqualified, of those with a finished entry and with a full score. */
    record Counts(long entrants, long eligible, long finished, long fullScore) {
    }

    /**
     * Freezes the round (again when it is frozen: a re-freeze, e.g. after a review decision); {@code by} null = the
     * scheduled freeze. 409 while the round is open or once its results are published.
     */
    void freeze(long roundId, @Nullable Long by, @Nullable Long decisionId) {
        lock(roundId);
        RoundHead head = ranking.head(roundId).orElseThrow(Problem::notFound);
        if (!head.closed()) {
            throw new Problem(HttpStatus.CONFLICT, "contest.review.refused.open");
        }
        if (head.resultsPublished()) {
            throw new Problem(HttpStatus.CONFLICT, "contest.review.refused.published");
        }
        entries.reconcile(head.roundId());
        Counts counts = counts(head.roundId());
        Long actual = switch (head.predictionKind()) {
            case "FULL_SCORE_COUNT" -> counts.fullScore();
            case "TOTAL_ENTRANTS" -> counts.eligible();
            default -> null;
        };
        int flagged = flags.compute(head.roundId(), head.drawCount());
        List<String> keys = RankOrder.keys(head.rankingOrder(), actual != null);
        int ranked = ranking.freeze(head.roundId(), keys, actual);
        int winners = prizes.awardIndividual(head.contestId(), head.roundId());

        Map<String, Object> method = new LinkedHashMap<>();
        method.put("algorithm", ALGORITHM);
        method.put("refreeze", head.frozen());
        method.put("previousFrozenAt", head.frozen() ? head.frozenAt().toString() : null);
        method.put("decisionId", decisionId);
        method.put("order", keys);
        method.put("configuredOrder", head.rankingOrder());
        method.put("predictionKind", head.predictionKind());
        method.put("actual", actual);
        method.put("entrants", counts.entrants());
        method.put("disqualified", counts.entrants() - counts.eligible());
        method.put("finishedEntrants", counts.finished());
        method.put("fullScoreEntrants", counts.fullScore());
        method.put("ranked", ranked);
        method.put("individualWinners", winners);
        method.put("flags", flagged);
        String methodJson = write(method);
        jdbc.prepareStatement("""
                update contest_round set prediction_actual = ?, frozen_at = now(), frozen_by = ?, frozen_method = ?::jsonb,
                       updated_at = now() where id = ?""", st -> {
            st.setObject(1, actual, Types.BIGINT);
            st.setObject(2, by, Types.BIGINT);
            st.setString(3, methodJson);
            st.setLong(4, head.roundId());
            return st.executeUpdate();
        });
        jdbc.prepareStatement("insert into round_freeze (round_id, by_account, method) values (?, ?, ?::jsonb)", st -> {
            st.setLong(1, head.roundId());
            st.setObject(2, by, Types.BIGINT);
            st.setString(3, methodJson);
            return st.executeUpdate();
        });
        LOG.info("Round {} {} by account {}: {} ranked, actual {}, {} flags, decision {}", head.roundId(),
                head.frozen() ? "re-frozen" : "frozen", by, ranked, actual, flagged, decisionId);
    }

    /** Recomputes and stores the round's flags (the organiser's "check again"); returns how many. */
    int flag(RoundHead head) {
        entries.reconcile(head.roundId());
        return flags.compute(head.roundId(), head.drawCount());
    }

    Counts counts(long roundId) {
        return jdbc.prepareStatement("""
                with x as (
                    select e.entrant_id, e.finished_at is not null as finished,
                           e.finished_at is not null and e.score >= e.max_score as full_score,
                           """ + RankingStore.NOT_DISQUALIFIED + """
                            as eligible
                    from contest_entry e where e.round_id = ?
                )
                select count(distinct entrant_id), count(distinct entrant_id) filter (where eligible),
                       count(distinct entrant_id) filter (where eligible and finished),
                       count(distinct entrant_id) filter (where eligible and full_score)
                from x""", st -> {
            st.setLong(1, roundId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        });
    }

    /** Locks the round's row: decisions, freezes and publishing of one round happen one after the other. */
    void lock(long roundId) {
        jdbc.prepareStatement("select id from contest_round where id = ? for update", st -> {
            st.setLong(1, roundId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
    }

    private String write(Map<String, Object> method) {
        try {
            return json.writeValueAsString(method);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
