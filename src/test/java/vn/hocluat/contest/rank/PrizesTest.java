package vn.hocluat.contest.rank;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.ContestFixtures.Contest;
import vn.hocluat.support.Fixtures;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.hocluat.contest.rank.RankScene.ids;

/** Prizes: individual tiers down the frozen ranking with one prize per person per round, collective prizes by commune. */
@MicronautTest(transactional = false)
class PrizesTest extends ReviewTesting {

    private void prize(Contest c, Long roundId, String kind, int tier, String name, int count) {
        scene.fixtures.queryLong("insert into contest_prize (contest_id, round_id, kind, tier, name, count) values (?, ?, ?, ?, ?, ?) returning id",
                c.id(), roundId, kind, tier, name, count);
    }

    @Test
    void individual_prizes_go_down_the_ranking_tier_by_tier_and_a_person_wins_at_most_one_per_round() {
        Contest c = scene.contest("NONE");
        long round = c.roundIds().get(0);
        prize(c, round, "INDIVIDUAL", 1, "Giải Nhất", 1);
        prize(c, null, "INDIVIDUAL", 2, "Giải Nhì", 2);
        long best = scene.ranked(round, "Xuất Sắc", 3, 30_000, 0, null);
        // the same person's two other attempts would take rank 2 and 3 if attempts were ranked, not persons
        scene.set(scene.play(round, best, "10.4.0.1"), 3, 31_000, 10, null);
        scene.set(scene.play(round, best, "10.4.0.2"), 3, 32_000, 20, null);
        long second = scene.ranked(round, "Thứ Hai", 3, 40_000, 30, null);
        long third = scene.ranked(round, "Thứ Ba", 3, 50_000, 40, null);
        long fourth = scene.ranked(round, "Thứ Tư", 2, 10_000, 50, null);
        scene.contests.close(round);
        review.freeze(scene.user, c.id(), round);

        ReviewReads.Winners w = reads.winners(scene.user, c.id(), round);
        assertEquals(List.of(best + ":Giải Nhất", second + ":Giải Nhì", third + ":Giải Nhì"),
                w.individual().stream().map(r -> r.entrantId() + ":" + r.prizeName()).toList());
        assertEquals(1, scene.fixtures.queryLong("select count(*) from round_ranking where round_id = ? and entrant_id = ?", round, best));
        assertEquals(ids(best, second, third, fourth), scene.frozenOrder(round));
        assertEquals(3, scene.fixtures.queryLong("select count(*) from round_ranking where round_id = ? and prize_id is not null", round));
    }

    @Test
    void collective_prizes_rank_communes_by_entrants_and_by_entrants_per_population() {
        Contest c = scene.contest("NONE");
        long round = c.roundIds().get(0);
        prize(c, round, "UNIT_MOST_ENTRANTS", 1, "Đơn vị đông nhất", 1);
        prize(c, round, "UNIT_HIGHEST_RATE", 1, "Tỷ lệ cao nhất", 2);
        long big = scene.fixtures.unit(scene.province, Fixtures.unique("XA"), "Xã Đông Dân", "COMMUNE");
        long village = scene.fixtures.unit(big, Fixtures.unique("TH"), "Thôn Một", "VILLAGE");
        long small = scene.fixtures.unit(scene.province, Fixtures.unique("XB"), "Xã Ít Dân", "COMMUNE");
        long unknown = scene.fixtures.unit(scene.province, Fixtures.unique("PC"), "Phường Chưa Rõ", "WARD");
        long mid = scene.fixtures.unit(scene.province, Fixtures.unique("XD"), "Xã Vừa", "COMMUNE");
        scene.fixtures.queryLong("update unit set population = case id when ? then 1000 when ? then 10 when ? then null else 100 end "
                + "where id in (?, ?, ?, ?) returning 1", big, small, unknown, big, small, unknown, mid);
        int n = 0;
        for (long unit : new long[]{big, big, big, small, small, unknown, mid}) {
            scene.play(round, scene.entrant(unit, "Tập Thể"), "10.5.0." + (++n));
        }
        // entrants register at commune level; an entry recorded under a village counts for its commune
        scene.fixtures.queryLong("update contest_entry set unit_id = ? where attempt_id = (select min(attempt_id) from contest_entry "
                + "where round_id = ? and unit_id = ?) returning 1", village, round, big);
        long cheat = scene.entrant(mid, "Bị Loại");
        scene.play(round, cheat, "10.5.1.1");
        review.disqualify(scene.user, c.id(), round, cheat, "Thi hộ");
        scene.contests.close(round);
        review.freeze(scene.user, c.id(), round);

        ReviewReads.Winners w = reads.winners(scene.user, c.id(), round);
        assertEquals(List.of("Xã Đông Dân:3:Đơn vị đông nhất", "Xã Ít Dân:2:", "Xã Vừa:1:", "Phường Chưa Rõ:1:"),
                w.mostEntrants().stream().map(l -> l.unitName() + ":" + l.entrants() + ":" + (l.prizeName() == null ? "" : l.prizeName()))
                        .toList());
        assertEquals(List.of("Xã Ít Dân:0.200000:Tỷ lệ cao nhất", "Xã Vừa:0.010000:Tỷ lệ cao nhất", "Xã Đông Dân:0.003000:"),
                w.highestRate().stream().map(l -> l.unitName() + ":" + l.rate() + ":" + (l.prizeName() == null ? "" : l.prizeName()))
                        .toList());
        assertEquals(new BigDecimal("20.00"), WinnerViews.percent(w.highestRate().get(0).rate()));
    }
}
