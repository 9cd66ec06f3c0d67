package vn.hocluat.contest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.manage.ContestInvalid;
import vn.hocluat.contest.manage.RoundService;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.TestDatabase;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Editing and deleting rounds: their quizzes follow, opened and closed rounds keep their past, scope. */
@MicronautTest(transactional = false)
class RoundEditingTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    RoundService rounds;
    @Inject
    Messages messages;

    OrganiserScene scene;

    @BeforeAll
    void setUp() {
        scene = new OrganiserScene(context);
    }

    @Test
    void a_future_round_moves_with_its_quiz_and_a_new_round_after_publish_gets_a_quiz_at_once() {
        long id = scene.publishedWithThreeRounds("Cuộc thi dời vòng");
        long future = scene.roundId(id, "Vòng sắp tới");
        rounds.edit(scene.organiserA, id, future, "Vòng cuối", "02/02/2098 08:00", "28/02/2098 20:00");
        assertEquals(1, scene.fixtures.queryLong("""
                select count(*) from contest_round r join quiz q on q.id = r.quiz_id
                where r.id = ? and r.name = 'Vòng cuối' and r.opens_at = timestamptz '2098-02-02 01:00:00Z'
                  and q.open_at = timestamptz '2098-02-02 01:00:00Z' and q.close_at = timestamptz '2098-02-28 13:00:00Z'
                  and q.title = 'Cuộc thi dời vòng — Vòng cuối'""", future));

        long added = scene.round(id, "Vòng bổ sung", "01/03/2098 08:00", "10/03/2098 20:00");
        assertEquals(1, scene.fixtures.queryLong("""
                select count(*) from contest_round r join quiz q on q.id = r.quiz_id join quiz_rule qr on qr.quiz_id = q.id
                where r.id = ? and q.open_at = timestamptz '2098-03-01 01:00:00Z' and qr.draw_count = 2
                  and q.time_limit_seconds = 1200""", added));
    }

    @Test
    void opened_and_closed_rounds_keep_their_past_and_rounds_do_not_overlap() {
        long id = scene.publishedWithThreeRounds("Cuộc thi giữ lịch");
        long open = scene.roundId(id, "Vòng đang mở");
        ContestInvalid moved = assertThrows(ContestInvalid.class, () -> rounds.edit(scene.organiserA, id, open,
                "Vòng đang mở", "02/01/2020 08:00", OrganiserScene.OPEN_CLOSES));
        assertEquals(Map.of("opensAt", "contest.organiser.error.openedFixed"), moved.errors());
        assertEquals("Vòng thi đã mở nên không thể đổi thời điểm mở.",
                messages.get(Messages.VI, "contest.organiser.error.openedFixed"));
        // an open round may be renamed and its close moved (still in the future)
        rounds.edit(scene.organiserA, id, open, "Vòng chính", OrganiserScene.OPEN_OPENS, "30/12/2097 20:00");
        assertEquals(1, scene.fixtures.queryLong("""
                select count(*) from contest_round r join quiz q on q.id = r.quiz_id
                where r.id = ? and r.name = 'Vòng chính' and q.close_at = timestamptz '2097-12-30 13:00:00Z'""", open));

        long closed = scene.roundId(id, "Vòng đã đóng");
        ContestInvalid reopened = assertThrows(ContestInvalid.class, () -> rounds.edit(scene.organiserA, id, closed,
                "Vòng đã đóng", OrganiserScene.CLOSED_OPENS, "31/12/2096 20:00"));
        assertEquals("contest.organiser.error.closedFixed", reopened.errors().get("closesAt"));

        long future = scene.roundId(id, "Vòng sắp tới");
        ContestInvalid overlap = assertThrows(ContestInvalid.class, () -> rounds.edit(scene.organiserA, id, future,
                "Vòng sắp tới", "01/12/2097 08:00", OrganiserScene.FUTURE_CLOSES));
        assertEquals(Map.of("opensAt", "contest.organiser.error.overlap"), overlap.errors());
        ContestInvalid past = assertThrows(ContestInvalid.class,
                () -> scene.contests.addRound(scene.organiserA, id, "Vòng quá khứ", "01/03/2019 08:00", "02/03/2019 08:00"));
        assertEquals(Map.of("closesAt", "contest.organiser.error.closeInPast"), past.errors());
    }

    @Test
    void only_a_round_not_yet_opened_is_deleted_with_its_quiz() {
        long id = scene.publishedWithThreeRounds("Cuộc thi xoá vòng");
        long future = scene.roundId(id, "Vòng sắp tới");
        long quiz = scene.quizOf(id, "Vòng sắp tới");
        rounds.delete(scene.organiserA, id, future);
        assertEquals(0, scene.fixtures.queryLong("select count(*) from contest_round where id = ?", future));
        assertEquals(0, scene.fixtures.queryLong("select count(*) from quiz where id = ?", quiz));

        long open = scene.roundId(id, "Vòng đang mở");
        Problem refused = assertThrows(Problem.class, () -> rounds.delete(scene.organiserA, id, open));
        assertEquals(HttpStatus.CONFLICT, refused.status());
        assertEquals("contest.organiser.round.deleteOpened", refused.messageKey());
        assertEquals("Không thể xóa vòng \"Vòng đang mở\": vòng thi đã mở hoặc đã có người làm bài.",
                messages.get(Messages.VI, refused.messageKey(), refused.args()));

        long draft = scene.contest("Cuộc thi nháp xoá vòng", 1, 0);
        long only = scene.round(draft, "Vòng duy nhất", OrganiserScene.CLOSED_OPENS, OrganiserScene.CLOSED_CLOSES);
        rounds.delete(scene.organiserA, draft, only);
        assertEquals(0, scene.fixtures.queryLong("select count(*) from contest_round where contest_id = ?", draft));
    }

    @Test
    void the_last_round_of_a_published_contest_stays() {
        long id = scene.contest("Cuộc thi một vòng", 1, 1);
        long only = scene.round(id, "Vòng duy nhất", OrganiserScene.FUTURE_OPENS, OrganiserScene.FUTURE_CLOSES);
        scene.contests.publish(scene.organiserA, id);
        Problem refused = assertThrows(Problem.class, () -> rounds.delete(scene.organiserA, id, only));
        assertEquals("contest.organiser.round.deleteLast", refused.messageKey());
        assertEquals(1, scene.fixtures.queryLong("select count(*) from contest_round where id = ?", only));
    }

    @Test
    void manager_of_other_province_cannot_edit_or_delete_a_round_and_a_round_of_another_contest_is_404() {
        long id = scene.contest("Cuộc thi có vòng riêng", 1, 0);
        long round = scene.round(id, "Vòng riêng", OrganiserScene.FUTURE_OPENS, OrganiserScene.FUTURE_CLOSES);
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(Problem.class, () -> rounds.edit(scene.managerB, id, round,
                "Đổi", OrganiserScene.FUTURE_OPENS, OrganiserScene.FUTURE_CLOSES)).status());
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(Problem.class, () -> rounds.delete(scene.managerB, id, round)).status());
        long other = scene.contest("Cuộc thi khác", 1, 0);
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(Problem.class, () -> rounds.delete(scene.organiserA, other, round)).status());
        assertEquals(1, scene.fixtures.queryLong("select count(*) from contest_round where id = ? and name = 'Vòng riêng'", round));
    }
}
