package vn.hocluat.contest.rank;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.ContestFixtures.Contest;
import vn.hocluat.platform.web.Problem;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.hocluat.contest.rank.RankScene.ids;

/** Rankings: the four tie-break levels, provisional without the prediction, the actual value computed at close, the freeze record. */
@MicronautTest(transactional = false)
class RankingTest extends ReviewTesting {

    @Test
    void ties_are_broken_by_score_then_prediction_error_then_duration_then_start_and_the_actual_is_computed_at_close() {
        Contest c = scene.contest("FULL_SCORE_COUNT");
        long round = c.roundIds().get(0);
        // full score 3/3: A, B, C, D, F (5 entrants) — so the actual value is 5
        long a = scene.ranked(round, "An", 3, 120_000, 0, 5);      // error 0
        long b = scene.ranked(round, "Bình", 3, 60_000, 10, 4);    // error 1, fastest of the error-1 group
        long cc = scene.ranked(round, "Chi", 3, 90_000, 20, 6);    // error 1, 90 s, started first
        long d = scene.ranked(round, "Dũng", 3, 90_000, 30, 4);    // error 1, 90 s, started later
        long e = scene.ranked(round, "Em", 2, 5_000, 40, 5);       // lower score
        long f = scene.ranked(round, "Phúc", 3, 10_000, 50, null); // no prediction: last of its score
        // B's other attempt is worse: only the best entry counts
        scene.set(scene.play(round, b, "10.1.1.1"), 2, 4_000, 60, BigDecimal.valueOf(5));
        // G started and never finished: counted as an entrant, not ranked
        long g = scene.entrant(scene.commune, "Giang");
        scene.entries.start(round, g, "10.1.1.2", RankScene.PHONE_UA);

        ReviewReads.Ranking live = reads.ranking(scene.user, c.id(), round, 0, 50);
        assertEquals(true, live.provisional());
        assertEquals(6, live.total());
        assertEquals(ids(f, b, cc, d, a, e), ids(live.rows().stream().mapToLong(RankRow::entrantId).toArray()));

        scene.contests.close(round);
        review.freeze(scene.user, c.id(), round);

        assertEquals(ids(a, b, cc, d, f, e), scene.frozenOrder(round));
        assertEquals(5, scene.fixtures.queryLong("select prediction_actual from contest_round where id = ?", round));
        assertEquals(scene.user.accountId(), scene.fixtures.queryLong("select frozen_by from contest_round where id = ?", round));
        assertEquals("0,1,1,1,,0", scene.fixtures.queryString("""
                select string_agg(coalesce(prediction_error::int::text, ''), ',' order by rank) from round_ranking where round_id = ?""",
                round));
        assertEquals("hocluat-contest-rank/1|false|5|7|6|5|6|[\"SCORE_DESC\", \"PREDICTION_ERROR_ASC\", \"DURATION_ASC\", \"STARTED_ASC\"]",
                scene.fixtures.queryString("""
                        select concat_ws('|', m->>'algorithm', m->>'refreeze', m->>'actual', m->>'entrants', m->>'finishedEntrants',
                                         m->>'fullScoreEntrants', m->>'ranked', m->'order')
                        from (select frozen_method as m from contest_round where id = ?) x""", round));
        ReviewReads.Ranking frozen = reads.ranking(scene.user, c.id(), round, 0, 2);
        assertEquals(false, frozen.provisional());
        assertEquals(6, frozen.total());
        assertEquals(List.of(a, b), frozen.rows().stream().map(RankRow::entrantId).toList());
    }

    @Test
    void total_entrants_prediction_counts_unfinished_entrants_and_leaves_out_the_disqualified() {
        Contest c = scene.contest("TOTAL_ENTRANTS");
        long round = c.roundIds().get(0);
        long near = scene.ranked(round, "Gần", 3, 80_000, 0, 3);   // actual 3: error 0
        long far = scene.ranked(round, "Xa", 3, 30_000, 5, 9);     // error 6, faster
        long cheat = scene.ranked(round, "Gian", 3, 1_000, 10, 3);
        long open = scene.entrant(scene.commune, "Dở Dang");
        scene.entries.start(round, open, "10.1.2.1", RankScene.PHONE_UA);
        review.disqualify(scene.user, c.id(), round, cheat, "Dùng công cụ tự động");

        scene.contests.close(round);
        review.freeze(scene.user, c.id(), round);

        assertEquals(3, scene.fixtures.queryLong("select prediction_actual from contest_round where id = ?", round));
        assertEquals(ids(near, far), scene.frozenOrder(round));
        assertEquals("4|1", scene.fixtures.queryString("""
                select concat_ws('|', frozen_method->>'entrants', frozen_method->>'disqualified') from contest_round where id = ?""", round));
    }

    @Test
    void a_contest_without_prediction_ranks_by_score_duration_and_start_and_an_open_round_cannot_be_frozen() {
        Contest c = scene.contest("NONE");
        long round = c.roundIds().get(0);
        long slow = scene.ranked(round, "Chậm", 3, 50_000, 0, null);
        long quick = scene.ranked(round, "Nhanh", 3, 40_000, 9, null);
        long late = scene.ranked(round, "Muộn", 3, 40_000, 19, null);
        Problem refused = assertThrows(Problem.class, () -> review.freeze(scene.user, c.id(), round));
        assertEquals(HttpStatus.CONFLICT, refused.status());
        assertEquals("contest.review.refused.open", refused.messageKey());

        scene.contests.close(round);
        review.freeze(scene.user, c.id(), round);
        assertEquals(ids(quick, late, slow), scene.frozenOrder(round));
        assertEquals(0, scene.fixtures.queryLong("select count(*) from contest_round where id = ? and prediction_actual is not null", round));
    }
}
