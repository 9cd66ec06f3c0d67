package vn.hocluat.contest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.manage.ContestEditService;
import vn.hocluat.contest.manage.ContestInput;
import vn.hocluat.contest.manage.ContestInvalid;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.TestDatabase;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Editing a contest: eligibility and ranking order, what stays fixed after publish, quizzes of rounds not yet opened. */
@MicronautTest(transactional = false)
class ContestEditingTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    ContestEditService edits;
    @Inject
    Messages messages;

    OrganiserScene scene;

    @BeforeAll
    void setUp() {
        scene = new OrganiserScene(context);
    }

    private ContestInput input(String title, String minAge, String draw, String minutes, String attempts, String kind,
                               List<String> residence, List<String> ranking) {
        return new ContestInput(title, "", "Thể lệ mới", minAge, draw, minutes, attempts, kind, residence, ranking);
    }

    @Test
    void draft_takes_eligibility_units_and_a_chosen_ranking_order() {
        long id = scene.contest("Cuộc thi nháp để sửa", 2, 0);
        edits.update(scene.organiserA, id, input("Cuộc thi đã sửa", "18", "5", "30", "3", "TOTAL_ENTRANTS",
                List.of(String.valueOf(scene.communeA), String.valueOf(scene.provinceA)),
                List.of("SCORE_DESC", "DURATION_ASC", "", "PREDICTION_ERROR_ASC")));
        assertEquals(1, scene.fixtures.queryLong("""
                select count(*) from contest where id = ? and title = 'Cuộc thi đã sửa' and search_text = 'cuoc thi da sua'
                  and rules_md = 'Thể lệ mới' and min_age = 18 and draw_count = 5 and time_limit_seconds = 1800
                  and attempts_per_round = 3 and prediction_kind = 'TOTAL_ENTRANTS' and unit_id = ?
                  and residence_unit_ids = array[?, ?]::bigint[]
                  and ranking_order = '{SCORE_DESC,DURATION_ASC,PREDICTION_ERROR_ASC}'""",
                id, scene.provinceA, Math.min(scene.provinceA, scene.communeA), Math.max(scene.provinceA, scene.communeA)));
        ContestInput back = edits.current(scene.organiserA, id);
        assertEquals(List.of("SCORE_DESC", "DURATION_ASC", "PREDICTION_ERROR_ASC"), back.rankingOrder());
        assertEquals("30", back.timeLimit());
        assertEquals("3", back.attempts());
    }

    @Test
    void new_contest_takes_the_same_eligibility_and_ranking_fields() {
        long id = scene.contests.create(scene.organiserA, new ContestInput("Cuộc thi mới đủ trường",
                String.valueOf(scene.provinceA), "", "", "1", "10", "", "NONE", List.of(String.valueOf(scene.communeA)),
                List.of("STARTED_ASC", "SCORE_DESC")));
        assertEquals(1, scene.fixtures.queryLong("""
                select count(*) from contest where id = ? and residence_unit_ids = array[?]::bigint[]
                  and ranking_order = '{STARTED_ASC,SCORE_DESC}'""", id, scene.communeA));
        ContestInvalid outside = assertThrows(ContestInvalid.class, () -> scene.contests.create(scene.organiserA,
                new ContestInput("Cuộc thi mới ngoài phạm vi", String.valueOf(scene.provinceA), "", "", "1", "10", "", "NONE",
                        List.of(String.valueOf(scene.provinceB)), null)));
        assertEquals(Map.of("residenceUnitIds", "contest.organiser.error.unitOutOfScope"), outside.errors());
    }

    @Test
    void ranking_without_score_a_key_twice_and_a_unit_outside_scope_are_field_errors() {
        long id = scene.contest("Cuộc thi xếp hạng sai", 2, 0);
        ContestInvalid bad = assertThrows(ContestInvalid.class, () -> edits.update(scene.organiserA, id,
                input("Tên", "", "2", "20", "", "NONE", List.of(String.valueOf(scene.provinceB)),
                        List.of("DURATION_ASC", "STARTED_ASC"))));
        assertEquals(Map.of("residenceUnitIds", "contest.organiser.error.unitOutOfScope",
                "rankingOrder", "contest.organiser.error.rankingScore"), bad.errors());
        ContestInvalid twice = assertThrows(ContestInvalid.class, () -> edits.update(scene.organiserA, id,
                input("Tên", "", "2", "20", "", "NONE", List.of(), List.of("SCORE_DESC", "SCORE_DESC"))));
        assertEquals(Map.of("rankingOrder", "contest.organiser.error.rankingTwice"), twice.errors());
        assertEquals("Mỗi tiêu chí xếp hạng chỉ được chọn một lần.",
                messages.get(Messages.VI, "contest.organiser.error.rankingTwice"));
        assertEquals(1, scene.fixtures.queryLong("select count(*) from contest where id = ? and title = 'Cuộc thi xếp hạng sai'", id));
    }

    @Test
    void while_a_round_is_open_only_title_and_rules_change() {
        long id = scene.publishedWithThreeRounds("Cuộc thi đang diễn ra");
        ContestInvalid locked = assertThrows(ContestInvalid.class, () -> edits.update(scene.organiserA, id,
                input("Cuộc thi đang diễn ra", "16", "3", "25", "2", "FULL_SCORE_COUNT",
                        List.of(String.valueOf(scene.communeA)), List.of("SCORE_DESC", "STARTED_ASC"))));
        assertEquals(Map.of("minAge", "contest.organiser.error.lockedAfterOpen",
                "residenceUnitIds", "contest.organiser.error.lockedAfterOpen",
                "predictionKind", "contest.organiser.error.lockedAfterOpen",
                "rankingOrder", "contest.organiser.error.lockedAfterOpen",
                "drawCount", "contest.organiser.error.lockedWhileOpen",
                "timeLimit", "contest.organiser.error.lockedWhileOpen",
                "attempts", "contest.organiser.error.lockedWhileOpen"), locked.errors());

        edits.update(scene.organiserA, id, input("Cuộc thi đổi tên", "", "2", "20", "", "NONE", List.of(), null));
        assertEquals(1, scene.fixtures.queryLong("""
                select count(*) from contest where id = ? and title = 'Cuộc thi đổi tên' and rules_md = 'Thể lệ mới'
                  and draw_count = 2""", id));
        assertEquals(3, scene.fixtures.queryLong("""
                select count(*) from quiz q join contest_round r on r.quiz_id = q.id
                where r.contest_id = ? and q.title = 'Cuộc thi đổi tên — ' || r.name""", id));
    }

    @Test
    void between_rounds_attempt_settings_change_the_quizzes_of_rounds_not_yet_opened_only() {
        long id = scene.contest("Cuộc thi giữa hai vòng", 2, 3);
        scene.round(id, "Vòng một", OrganiserScene.CLOSED_OPENS, OrganiserScene.CLOSED_CLOSES);
        scene.round(id, "Vòng hai", OrganiserScene.FUTURE_OPENS, OrganiserScene.FUTURE_CLOSES);
        scene.contests.publish(scene.organiserA, id);

        ContestInvalid pool = assertThrows(ContestInvalid.class, () -> edits.update(scene.organiserA, id,
                input("Cuộc thi giữa hai vòng", "", "4", "20", "", "NONE", List.of(), null)));
        assertEquals(Map.of("drawCount", "contest.organiser.error.poolTooSmall"), pool.errors());

        edits.update(scene.organiserA, id, input("Cuộc thi giữa hai vòng", "", "3", "10", "2", "NONE", List.of(), null));
        long closed = scene.quizOf(id, "Vòng một");
        long future = scene.quizOf(id, "Vòng hai");
        assertEquals(1, scene.fixtures.queryLong("""
                select count(*) from quiz q join quiz_rule qr on qr.quiz_id = q.id
                where q.id = ? and q.time_limit_seconds = 600 and q.attempts_allowed = 2 and qr.draw_count = 3""", future));
        assertEquals(1, scene.fixtures.queryLong("""
                select count(*) from quiz q join quiz_rule qr on qr.quiz_id = q.id
                where q.id = ? and q.time_limit_seconds = 1200 and q.attempts_allowed is null and qr.draw_count = 2""", closed));
    }

    @Test
    void manager_of_other_province_cannot_read_or_edit() {
        long id = scene.contest("Cuộc thi của tỉnh A", 1, 0);
        assertEquals(HttpStatus.FORBIDDEN,
                assertThrows(Problem.class, () -> edits.current(scene.managerB, id)).status());
        Problem p = assertThrows(Problem.class, () -> edits.update(scene.managerB, id,
                input("Lấn sân", "", "1", "20", "", "NONE", List.of(), null)));
        assertEquals(HttpStatus.FORBIDDEN, p.status());
        assertEquals(1, scene.fixtures.queryLong("select count(*) from contest where id = ? and title = 'Cuộc thi của tỉnh A'", id));
    }
}
