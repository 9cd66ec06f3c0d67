package vn.hocluat.contest.rank;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.ContestFixtures.Contest;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.Fixtures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.contest.rank.RankScene.ids;

/** Review: flags, a fast bot disqualified with a reason and re-frozen out, refused a new start; the decision log; publishing locks; the freeze job. */
@MicronautTest(transactional = false)
class ReviewTest extends ReviewTesting {
    @Inject
    FreezeJob job;

    @Test
    void a_fast_bot_is_flagged_disqualified_with_a_reason_left_out_of_the_refreeze_and_refused_a_new_start() {
        Contest c = scene.twoRounds("NONE");
        long round = c.roundIds().get(0);
        long honest = scene.ranked(round, "Thật Thà", 3, 240_000, 0, null);
        long slow = scene.ranked(round, "Thong Thả", 2, 300_000, 30, null);
        long bot = scene.ranked(round, "Máy Móc", 3, 2_000, 60, null);
        scene.contests.close(round);
        review.freeze(scene.user, c.id(), round);
        assertEquals(ids(bot, honest, slow), scene.frozenOrder(round));
        assertEquals("FAST:2000;9000", scene.fixtures.queryString("""
                select string_agg(f.kind || ':' || f.detail, ',') from entry_flag f join contest_entry e on e.attempt_id = f.attempt_id
                where f.round_id = ? and e.entrant_id = ?""", round, bot));
        assertEquals(1, scene.fixtures.queryLong("select count(*) from entry_flag where round_id = ?", round));

        ReviewInvalid blank = assertThrows(ReviewInvalid.class, () -> review.disqualify(scene.user, c.id(), round, bot, "  "));
        assertEquals("contest.review.error.reasonRequired", blank.messageKey());
        assertEquals(0, scene.fixtures.queryLong("select count(*) from review_decision where round_id = ?", round));

        long decision = review.disqualify(scene.user, c.id(), round, bot, "Làm 3 câu trong 2 giây: công cụ tự động");
        assertEquals(ids(honest, slow), scene.frozenOrder(round));
        assertEquals("true|" + decision + "|1|2", scene.fixtures.queryString("""
                select concat_ws('|', frozen_method->>'refreeze', frozen_method->>'decisionId', frozen_method->>'disqualified',
                                 frozen_method->>'ranked') from contest_round where id = ?""", round));
        assertEquals(2, scene.fixtures.queryLong("select count(*) from round_freeze where round_id = ?", round));
        assertEquals(Optional.of("Làm 3 câu trong 2 giây: công cụ tự động"), review.disqualification(c.id(), bot));
        assertEquals(Optional.empty(), review.disqualification(c.id(), honest));

        long second = c.roundIds().get(1);
        scene.openSecond(second);
        Problem refused = assertThrows(Problem.class, () -> scene.entries.start(second, bot, "10.2.0.1", RankScene.PHONE_UA));
        assertEquals(HttpStatus.CONFLICT, refused.status());
        assertEquals("contest.review.start.disqualified", refused.messageKey());
        assertEquals(List.of("Làm 3 câu trong 2 giây: công cụ tự động"), List.of(refused.args()));
        assertEquals(0, scene.fixtures.queryLong("select count(*) from contest_entry where round_id = ? and entrant_id = ?", second, bot));
        scene.entries.start(second, honest, "10.2.0.2", RankScene.PHONE_UA);

        Problem again = assertThrows(Problem.class, () -> review.disqualify(scene.user, c.id(), round, bot, "Lần nữa"));
        assertEquals("contest.review.refused.alreadyDisqualified", again.messageKey());
        review.reinstate(scene.user, c.id(), round, bot, "Xác minh lại: thí sinh thi trực tiếp tại xã");
        assertEquals(ids(bot, honest, slow), scene.frozenOrder(round));
        assertEquals(Optional.empty(), review.disqualification(c.id(), bot));
        assertEquals("DISQUALIFY,REINSTATE", scene.fixtures.queryString(
                "select string_agg(action, ',' order by id) from review_decision where round_id = ? and entrant_id = ?", round, bot));
    }

    @Test
    void the_decision_log_cannot_be_changed_and_published_results_lock_the_round() {
        Contest c = scene.contest("NONE");
        long round = c.roundIds().get(0);
        long who = scene.ranked(round, "Khóa Sổ", 3, 60_000, 0, null);
        review.disqualify(scene.user, c.id(), round, who, "Nghi vấn thi hộ");
        assertThrows(RuntimeException.class, () -> scene.fixtures.queryLong(
                "update review_decision set reason = 'khác' where round_id = ? returning 1", round));
        assertThrows(RuntimeException.class, () -> scene.fixtures.queryLong(
                "with d as (delete from review_decision where round_id = ? returning 1) select count(*) from d", round));

        Problem notFrozen = assertThrows(Problem.class, () -> review.publishResults(scene.user, c.id(), round));
        assertEquals("contest.review.refused.notFrozen", notFrozen.messageKey());
        scene.contests.close(round);
        review.freeze(scene.user, c.id(), round);
        review.publishResults(scene.user, c.id(), round);
        for (Runnable refusedAfterPublishing : List.<Runnable>of(
                () -> review.reinstate(scene.user, c.id(), round, who, "Khôi phục"),
                () -> review.freeze(scene.user, c.id(), round),
                () -> review.reflag(scene.user, c.id(), round),
                () -> review.publishResults(scene.user, c.id(), round))) {
            Problem p = assertThrows(Problem.class, refusedAfterPublishing::run);
            assertEquals("contest.review.refused.published", p.messageKey());
        }
        assertEquals(1, scene.fixtures.queryLong("select count(*) from review_decision where round_id = ?", round));
    }

    @Test
    void duplicate_identities_and_bursts_from_one_address_are_flagged() {
        Contest c = scene.contest("NONE");
        long round = c.roundIds().get(0);
        String tag = Fixtures.unique("T");
        LocalDate born = LocalDate.of(1985, 3, 14);
        long first = scene.contests.entrant(scene.commune, "Nguyễn Văn Bảy " + tag, born);
        long twin = scene.contests.entrant(scene.commune, "Nguyen Van Bay " + tag, born);
        long namesake = scene.contests.entrant(scene.commune, "Nguyễn Văn Bảy " + tag, born.plusDays(1));
        long idA = scene.entrant(scene.commune, "Số Định Danh");
        long idB = scene.entrant(scene.commune, "Người Khác");
        scene.fixtures.queryLong("update entrant set id_hash = ? where id in (?, ?) returning 1", Fixtures.unique("H"), idA, idB);
        scene.set(scene.play(round, first, "10.3.0.1"), 3, 60_000, 0, null);
        scene.set(scene.play(round, twin, "10.3.0.2"), 3, 60_000, 10, null);
        scene.set(scene.play(round, namesake, "10.3.0.3"), 3, 60_000, 20, null);
        scene.set(scene.play(round, idA, "10.3.0.4"), 3, 60_000, 30, null);
        // five entrants from one address within 10 minutes, a sixth an hour later
        long[] crowd = new long[5];
        for (int i = 0; i < 5; i++) {
            crowd[i] = scene.entrant(scene.commune, "Quán Net");
            scene.set(scene.play(round, crowd[i], "10.3.9.9"), 3, 60_000, 1000 + i * 120, null);
        }
        long later = scene.entrant(scene.commune, "Đến Sau");
        scene.set(scene.play(round, later, "10.3.9.9"), 3, 60_000, 5000, null);

        assertEquals(8, review.reflag(scene.user, c.id(), round));
        String phoneOfTwin = scene.fixtures.queryString("select phone from entrant where id = ?", twin);
        assertEquals(phoneOfTwin, scene.fixtures.queryString("""
                select f.detail from entry_flag f join contest_entry e on e.attempt_id = f.attempt_id
                where f.round_id = ? and e.entrant_id = ? and f.kind = 'DUPLICATE_IDENTITY'""", round, first));
        assertEquals(ids(first, twin, idA), scene.fixtures.queryString("""
                select string_agg(e.entrant_id::text, ',' order by e.entrant_id) from entry_flag f
                join contest_entry e on e.attempt_id = f.attempt_id where f.round_id = ? and f.kind = 'DUPLICATE_IDENTITY'""", round));
        assertEquals(ids(crowd) + "|10.3.9.9;5;10", scene.fixtures.queryString("""
                select string_agg(e.entrant_id::text, ',' order by e.entrant_id) || '|' || max(f.detail) from entry_flag f
                join contest_entry e on e.attempt_id = f.attempt_id where f.round_id = ? and f.kind = 'IP_BURST'""", round));
    }

    @Test
    void the_freeze_job_freezes_a_round_closed_minutes_ago_as_the_system() {
        Contest c = scene.contest("FULL_SCORE_COUNT");
        long round = c.roundIds().get(0);
        long full = scene.ranked(round, "Tự Động", 3, 60_000, 0, 1);
        long part = scene.ranked(round, "Bán Phần", 2, 30_000, 5, 1);
        scene.contests.close(round);
        assertTrue(!job.due().contains(round), "a round closed a minute ago waits for late submits");
        scene.fixtures.queryLong("update contest_round set closes_at = now() - interval '10 minutes' where id = ? returning 1", round);
        assertTrue(job.due().contains(round));
        assertTrue(job.freezeOne(round));
        assertEquals(ids(full, part), scene.frozenOrder(round));
        assertEquals("1|1|false", scene.fixtures.queryString("""
                select concat_ws('|', prediction_actual, (frozen_by is null)::int, frozen_method->>'refreeze')
                from contest_round where id = ?""", round));
        assertEquals(false, job.freezeOne(round));
    }
}
