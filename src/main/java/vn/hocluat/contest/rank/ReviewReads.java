package vn.hocluat.contest.rank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the organisers' review pages read about a round (ranking, flags, decisions, winners), scope checked by {@link ReviewService#round}. */
@Singleton
class ReviewReads {
    private final JdbcOperations jdbc;
    private final ReviewService review;
    private final RankingStore ranking;
    private final PrizeAwards prizes;

    ReviewReads(JdbcOperations jdbc, ReviewService review, RankingStore ranking, PrizeAwards prizes) {
        this.jdbc = jdbc;
        this.review = review;
        this.ranking = ranking;
        this.prizes = prizes;
    }

    /** A page of the round's ranking: frozen when it is, else provisional (computed now). */
    record Ranking(RoundHead head, boolean provisional, List<RankRow> rows, long total) {
    }

    /** A flag raised on an entry, with the entrant and whether they are disqualified in the round now. */
    record FlagLine(long attemptId, long entrantId, String fullName, String phone, String unitName, String kind, List<String> detail,
                    @Nullable Long durationMs, @Nullable BigDecimal score, BigDecimal maxScore, Instant startedAt, boolean disqualified) {
    }

    /** A logged review decision. */
    record Decision(long id, long entrantId, String fullName, String phone, String action, String reason, String byName, Instant at) {
    }

    /** The winners of a frozen round: individual winners down the ranking, collective rankings by kind. */
    record Winners(RoundHead head, List<RankRow> individual, List<PrizeAwards.UnitLine> mostEntrants,
                   List<PrizeAwards.UnitLine> highestRate, List<PrizeAwards.Prize> prizes) {
    }

    @ReadOnly
    Ranking ranking(CurrentUser user, long contestId, long roundId, int offset, int limit) {
        return ranking(review.round(user, contestId, roundId), offset, limit);
    }

    /** The ranking of a round whose access was checked (public leaderboard and organiser pages). */
    @ReadOnly
    Ranking ranking(RoundHead head, int offset, int limit) {
        RankingStore.Page page = head.frozen()
                ? ranking.frozen(head.roundId(), offset, limit)
                : ranking.provisional(head, offset, limit);
        return new Ranking(head, !head.frozen(), page.rows(), page.total());
    }

    @ReadOnly
    List<FlagLine> flags(CurrentUser user, long contestId, long roundId) {
        review.round(user, contestId, roundId);
        return jdbc.prepareStatement("""
                select f.attempt_id, e.entrant_id, en.full_name, en.phone, u.name, f.kind, f.detail, e.duration_ms, e.score,
                       e.max_score, e.started_at, not (""" + RankingStore.NOT_DISQUALIFIED + """
                )
                from entry_flag f join contest_entry e on e.attempt_id = f.attempt_id
                join entrant en on en.id = e.entrant_id join unit u on u.id = e.unit_id
                where f.round_id = ? order by f.kind, en.full_name, e.entrant_id, f.attempt_id limit 1000""", st -> {
            st.setLong(1, roundId);
            List<FlagLine> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new FlagLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), List.of(rs.getString(7).split(";")), rs.getObject(8, Long.class), rs.getBigDecimal(9),
                            rs.getBigDecimal(10), rs.getTimestamp(11).toInstant(), rs.getBoolean(12)));
                }
            }
            return out;
        });
    }

    @ReadOnly
    List<Decision> decisions(CurrentUser user, long contestId, long roundId) {
        review.round(user, contestId, roundId);
        return jdbc.prepareStatement("""
                select d.id, d.entrant_id, en.full_name, en.phone, d.action, d.reason, a.display_name, d.at
                from review_decision d join entrant en on en.id = d.entrant_id join account a on a.id = d.by_account
                where d.round_id = ? order by d.id desc""", st -> {
            st.setLong(1, roundId);
            List<Decision> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Decision(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()));
                }
            }
            return out;
        });
    }

    /** An entrant of the round (who entered it) as the decision form names them; 404 for anyone else. Scope checked by the caller. */
    @ReadOnly
    Map<String, Object> entrant(long roundId, long entrantId) {
        return jdbc.prepareStatement("""
                select en.full_name, en.phone, u.name, en.birth_date from entrant en join unit u on u.id = en.unit_id
                where en.id = ? and exists (select 1 from contest_entry e where e.round_id = ? and e.entrant_id = en.id)""", st -> {
            st.setLong(1, entrantId);
            st.setLong(2, roundId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw Problem.notFound();
                }
                return Map.<String, Object>of("id", entrantId, "name", rs.getString(1), "phone", rs.getString(2),
                        "unit", rs.getString(3), "birthDate", rs.getDate(4).toLocalDate());
            }
        });
    }

    /** The winners of the round; 409 until the round is frozen (prizes go down the final ranking only). */
    @ReadOnly
    Winners winners(CurrentUser user, long contestId, long roundId) {
        RoundHead head = review.round(user, contestId, roundId);
        if (!head.frozen()) {
            throw new Problem(HttpStatus.CONFLICT, "contest.review.refused.notFrozen");
        }
        List<PrizeAwards.Prize> all = prizes.prizes(contestId, roundId);
        int individual = all.stream().filter(p -> PrizeAwards.INDIVIDUAL.equals(p.kind())).mapToInt(PrizeAwards.Prize::count).sum();
        List<RankRow> winners = ranking.frozen(roundId, 0, Math.max(individual, 0)).rows().stream()
                .filter(r -> r.prizeId() != null).toList();
        return new Winners(head, winners, collective(head, all, PrizeAwards.MOST_ENTRANTS),
                collective(head, all, PrizeAwards.HIGHEST_RATE), all);
    }

    private List<PrizeAwards.UnitLine> collective(RoundHead head, List<PrizeAwards.Prize> all, String kind) {
        int awarded = all.stream().filter(p -> kind.equals(p.kind())).mapToInt(PrizeAwards.Prize::count).sum();
        return prizes.units(head.contestId(), head.roundId(), kind, Math.max(awarded, 10));
    }
}
