package vn.hocluat.contest.rank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prizes of a round, read from {@code contest_prize}: those of the round and those of the whole contest
 * (round_id null), which every round awards. Individual prizes go down the frozen ranking, tier 1 first
 * (a ranking has one row per entrant, so a person wins at most one prize per round). Collective prizes go
 * to communes (units of kind COMMUNE, WARD or SPECIAL_ZONE — the commune level — holding the entries'
 * units), ranked by distinct entrants who were not disqualified, or by those entrants ÷ the unit's
 * population (units without a population are left out of that ranking); a unit wins at most one prize
 * of each kind.
 */
@Singleton
class PrizeAwards {
    static final String INDIVIDUAL = "INDIVIDUAL";
    static final String MOST_ENTRANTS = "UNIT_MOST_ENTRANTS";
    static final String HIGHEST_RATE = "UNIT_HIGHEST_RATE";

    private final JdbcOperations jdbc;

    PrizeAwards(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A prize of the round. */
    record Prize(long id, String kind, int tier, String name, int count) {
    }

    /** A commune's participation in the round; rate = entrants ÷ population (null without a population). */
    record UnitLine(int rank, long unitId, String unitName, long entrants, @Nullable Integer population, @Nullable BigDecimal rate,
                    @Nullable String prizeName) {
    }

    /** The prizes that apply to the round, by kind, tier and id. */
    List<Prize> prizes(long contestId, long roundId) {
        return jdbc.prepareStatement("""
                select id, kind, tier, name, count from contest_prize
                where contest_id = ? and (round_id = ? or round_id is null) order by kind, tier, id""", st -> {
            st.setLong(1, contestId);
            st.setLong(2, roundId);
            List<Prize> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Prize(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5)));
                }
            }
            return out;
        });
    }

    /** Writes the individual prizes onto the frozen ranking (ranks 1..n, tier 1 first); returns the winners. Caller's transaction. */
    int awardIndividual(long contestId, long roundId) {
        int next = 1;
        int won = 0;
        for (Prize p : prizes(contestId, roundId)) {
            if (!INDIVIDUAL.equals(p.kind())) {
                continue;
            }
            int from = next;
            won += jdbc.prepareStatement("update round_ranking set prize_id = ? where round_id = ? and rank >= ? and rank < ?", st -> {
                st.setLong(1, p.id());
                st.setLong(2, roundId);
                st.setInt(3, from);
                st.setInt(4, from + p.count());
                return st.executeUpdate();
            });
            next += p.count();
        }
        return won;
    }

    /**
     * The communes of the round ranked for a collective prize kind, at most {@code limit} lines, with the prizes of
     * that kind given down the ranking (tier 1 first).
     */
    List<UnitLine> units(long contestId, long roundId, String kind, int limit) {
        boolean rate = HIGHEST_RATE.equals(kind);
        String order = rate ? "rate desc, entrants desc, name, id" : "entrants desc, rate desc nulls last, name, id";
        List<UnitLine> lines = jdbc.prepareStatement("""
                with counts as (
                    select cu.id, cu.name, cu.population, count(distinct e.entrant_id) as entrants
                    from contest_entry e join unit eu on eu.id = e.unit_id
                    join unit cu on cu.kind in ('COMMUNE', 'WARD', 'SPECIAL_ZONE') and eu.path like cu.path || '%'
                    where e.round_id = ? and\s""" + RankingStore.NOT_DISQUALIFIED + """
                    group by cu.id, cu.name, cu.population
                ), rated as (
                    select counts.*, case when population > 0 then entrants::numeric / population end as rate from counts
                )
                select id, name, entrants, population, rate from rated
                """ + (rate ? "where rate is not null " : "") + "order by " + order + " limit ?", st -> {
            st.setLong(1, roundId);
            st.setInt(2, limit);
            List<UnitLine> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    BigDecimal r = rs.getBigDecimal(5);
                    out.add(new UnitLine(out.size() + 1, rs.getLong(1), rs.getString(2), rs.getLong(3),
                            rs.getObject(4, Integer.class), r == null ? null : r.setScale(6, RoundingMode.HALF_UP), null));
                }
            }
            return out;
        });
        return award(lines, prizes(contestId, roundId).stream().filter(p -> p.kind().equals(kind)).toList());
    }

    private static List<UnitLine> award(List<UnitLine> lines, List<Prize> prizes) {
        List<UnitLine> out = new ArrayList<>();
        Set<Long> awarded = new HashSet<>();
        int i = 0;
        for (Prize p : prizes) {
            for (int n = 0; n < p.count() && i < lines.size(); n++, i++) {
                UnitLine l = lines.get(i);
                out.add(new UnitLine(l.rank(), l.unitId(), l.unitName(), l.entrants(), l.population(), l.rate(), p.name()));
                awarded.add(l.unitId());
            }
        }
        lines.stream().filter(l -> !awarded.contains(l.unitId())).forEach(out::add);
        return out;
    }
}
