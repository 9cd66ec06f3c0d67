package vn.hocluat.contest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.manage.ContestInput;
import vn.hocluat.contest.manage.ContestInvalid;
import vn.hocluat.contest.manage.ContestService;
import vn.hocluat.contest.manage.PublishRefused;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The organiser's side of a contest: create, rounds, pool, publish and its refusals, scope. */
@MicronautTest(transactional = false)
class ContestOrganiserTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    ContestService contests;
    @Inject
    Messages messages;

    Fixtures fixtures;
    long provinceA;
    long provinceB;
    CurrentUser organiserA;
    CurrentUser managerB;

    @BeforeAll
    void setUp() {
        fixtures = new Fixtures(context);
        provinceA = fixtures.unit(fixtures.rootId(), Fixtures.unique("CA"), "Tỉnh Thi A", "PROVINCE");
        provinceB = fixtures.unit(fixtures.rootId(), Fixtures.unique("CB"), "Tỉnh Thi B", "PROVINCE");
        organiserA = user(fixtures.account("ORGANISER", provinceA), Role.ORGANISER, provinceA);
        managerB = user(fixtures.account("MANAGER", provinceB), Role.MANAGER, provinceB);
    }

    private CurrentUser user(String username, Role role, long unitId) {
        long id = fixtures.queryLong("select id from account where username = ?", username);
        return new CurrentUser(id, username, "Test", role, unitId);
    }

    private long contest(String title, String draw) {
        return contests.create(organiserA, new ContestInput(title, String.valueOf(provinceA), "# Thể lệ", "16", draw,
                "20", "", "FULL_SCORE_COUNT"));
    }

    private void questions(long contestId, int n) {
        for (int i = 0; i < n; i++) {
            fixtures.queryLong("""
                    insert into question (bank_id, type, search_text) select bank_id, 'SINGLE', 'cau hoi'
                    from contest where id = ? returning id""", contestId);
        }
    }

    @Test
    void organiser_creates_rounds_and_publishes_with_one_quiz_per_round() {
        long id = contest("Tìm hiểu Luật Đất đai 2024", "3");
        assertEquals(1, fixtures.queryLong("""
                select count(*) from contest c join question_bank b on b.id = c.bank_id
                where c.id = ? and c.title = 'Tìm hiểu Luật Đất đai 2024' and c.search_text = 'tim hieu luat dat dai 2024'
                  and c.rules_md = '# Thể lệ' and c.min_age = 16 and c.draw_count = 3 and c.time_limit_seconds = 1200
                  and c.attempts_per_round is null and c.prediction_kind = 'FULL_SCORE_COUNT' and c.status = 'DRAFT'
                  and c.published_at is null and c.residence_unit_ids = '{}' and b.unit_id = ?
                  and c.slug like 'tim-hieu-luat-dat-dai-2024-%'
                  and c.ranking_order = '{SCORE_DESC,PREDICTION_ERROR_ASC,DURATION_ASC,STARTED_ASC}'""", id, provinceA));
        contests.addRound(organiserA, id, "Tuần 1", "01/03/2027 08:00", "07/03/2027 20:00");
        contests.addRound(organiserA, id, "Tuần 2", "08/03/2027 08:00", "14/03/2027 20:00");
        questions(id, 3);
        contests.publish(organiserA, id);

        assertEquals(1, fixtures.queryLong("select count(*) from contest where id = ? and status = 'PUBLISHED' and published_at is not null", id));
        List<ContestService.Round> rounds = contests.rounds(organiserA, id);
        assertEquals(List.of("Tuần 1", "Tuần 2"), rounds.stream().map(ContestService.Round::name).toList());
        assertEquals(Instant.parse("2027-03-01T01:00:00Z"), rounds.get(0).opensAt());
        assertEquals(Instant.parse("2027-03-14T13:00:00Z"), rounds.get(1).closesAt());
        for (ContestService.Round r : rounds) {
            assertEquals(1, fixtures.queryLong("""
                    select count(*) from quiz q join quiz_rule qr on qr.quiz_id = q.id join contest c on c.bank_id = qr.bank_id
                    where q.id = ? and c.id = ? and q.time_limit_seconds = 1200 and q.open_at = ? and q.close_at = ?
                      and q.attempts_allowed is null and q.unit_id = ? and qr.kind = 'DRAW' and qr.draw_count = 3""",
                    r.quizId(), id, java.sql.Timestamp.from(r.opensAt()), java.sql.Timestamp.from(r.closesAt()), provinceA));
        }
    }

    @Test
    void publish_is_refused_with_every_reason() {
        long id = contest("Cuộc thi chưa sẵn sàng", "5");
        questions(id, 2);
        PublishRefused empty = assertThrows(PublishRefused.class, () -> contests.publish(organiserA, id));
        assertEquals(List.of(new PublishRefused.Reason("contest.organiser.publish.noRounds", List.of()),
                new PublishRefused.Reason("contest.organiser.publish.poolTooSmall", List.of(2L, 5L))), empty.reasons());
        assertEquals("Ngân hàng câu hỏi chỉ có 2 câu, ít hơn số câu rút cho mỗi bài thi (5).",
                messages.get(Messages.VI, "contest.organiser.publish.poolTooSmall", 2L, 5L));

        contests.addRound(organiserA, id, "Vòng 1", "01/04/2027 08:00", "10/04/2027 20:00");
        contests.addRound(organiserA, id, "Vòng 2", "09/04/2027 08:00", "20/04/2027 20:00");
        questions(id, 3);
        PublishRefused overlap = assertThrows(PublishRefused.class, () -> contests.publish(organiserA, id));
        assertEquals(List.of(new PublishRefused.Reason("contest.organiser.publish.overlap", List.of("Vòng 1", "Vòng 2"))),
                overlap.reasons());
        assertEquals("Vòng \"Vòng 1\" và vòng \"Vòng 2\" trùng thời gian.",
                messages.get(Messages.VI, "contest.organiser.publish.overlap", "Vòng 1", "Vòng 2"));
        assertEquals(0, fixtures.queryLong("select count(*) from contest_round where contest_id = ? and quiz_id is not null", id));
        assertEquals(1, fixtures.queryLong("select count(*) from contest where id = ? and status = 'DRAFT'", id));
    }

    @Test
    void draw_rule_cannot_change_while_a_round_is_open() {
        long id = contest("Cuộc thi đang mở", "2");
        questions(id, 2);
        contests.addRound(organiserA, id, "Vòng mở", "01/01/2020 08:00", "31/12/2099 20:00");
        contests.publish(organiserA, id);
        Problem refused = assertThrows(Problem.class, () -> contests.changeDrawCount(organiserA, id, 1));
        assertEquals("contest.organiser.refused.roundOpen", refused.messageKey());
        assertEquals(2, fixtures.queryLong("select draw_count from contest where id = ?", id));
        assertEquals(2, fixtures.queryLong("""
                select qr.draw_count from quiz_rule qr join contest_round r on r.quiz_id = qr.quiz_id where r.contest_id = ?""", id));
    }

    @Test
    void manager_of_other_province_is_refused() {
        long id = contest("Cuộc thi tỉnh A", "1");
        Problem read = assertThrows(Problem.class, () -> contests.rounds(managerB, id));
        assertEquals(HttpStatus.FORBIDDEN, read.status());
        Problem round = assertThrows(Problem.class,
                () -> contests.addRound(managerB, id, "Vòng lạ", "01/05/2027 08:00", "02/05/2027 08:00"));
        assertEquals(HttpStatus.FORBIDDEN, round.status());
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(Problem.class, () -> contests.publish(managerB, id)).status());
        Problem create = assertThrows(Problem.class, () -> contests.create(managerB,
                new ContestInput("Cuộc thi lấn sân", String.valueOf(provinceA), "", "", "1", "10", "", "NONE")));
        assertEquals(HttpStatus.FORBIDDEN, create.status());
        assertEquals(0, fixtures.queryLong("select count(*) from contest_round where contest_id = ?", id));
        assertEquals(0, fixtures.queryLong("select count(*) from contest where title = 'Cuộc thi lấn sân'"));
    }

    @Test
    void bad_input_names_each_field_and_writes_nothing() {
        long before = fixtures.queryLong("select count(*) from contest");
        ContestInvalid bad = assertThrows(ContestInvalid.class, () -> contests.create(organiserA,
                new ContestInput(" ", String.valueOf(provinceA), "", "200", "abc", "0", "", "GUESS")));
        assertEquals(Map.of("title", "contest.organiser.error.required", "minAge", "contest.organiser.error.range",
                "drawCount", "contest.organiser.error.number", "timeLimit", "contest.organiser.error.range",
                "predictionKind", "contest.organiser.error.choice"), bad.errors());
        assertEquals(before, fixtures.queryLong("select count(*) from contest"));

        long id = contest("Cuộc thi có vòng sai", "1");
        ContestInvalid round = assertThrows(ContestInvalid.class,
                () -> contests.addRound(organiserA, id, "Vòng ngược", "10/05/2027 08:00", "09/05/2027 08:00"));
        assertEquals(Map.of("closesAt", "contest.organiser.error.closeBeforeOpen"), round.errors());
        ContestInvalid moment = assertThrows(ContestInvalid.class,
                () -> contests.addRound(organiserA, id, "", "31/02/2027 08:00", ""));
        assertEquals(Map.of("name", "contest.organiser.error.required", "opensAt", "contest.organiser.error.moment",
                "closesAt", "contest.organiser.error.required"), moment.errors());
        assertEquals(0, fixtures.queryLong("select count(*) from contest_round where contest_id = ?", id));
    }
}
