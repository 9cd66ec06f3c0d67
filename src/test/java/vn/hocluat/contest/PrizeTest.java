package vn.hocluat.contest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.manage.ContestInvalid;
import vn.hocluat.contest.manage.Prize;
import vn.hocluat.contest.manage.PrizeService;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.TestDatabase;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Prizes per round and for the whole contest: order, checks, locks after results, scope. */
@MicronautTest(transactional = false)
class PrizeTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    PrizeService prizes;

    OrganiserScene scene;

    @BeforeAll
    void setUp() {
        scene = new OrganiserScene(context);
    }

    @Test
    void prizes_are_listed_by_round_kind_and_tier_for_anyone_who_awards_them() {
        long id = scene.contest("Cuộc thi có giải", 1, 0);
        long r1 = scene.round(id, "Tuần 1", "01/01/2098 08:00", "07/01/2098 20:00");
        long r2 = scene.round(id, "Tuần 2", "08/01/2098 08:00", "14/01/2098 20:00");
        String a = String.valueOf(r1);
        String b = String.valueOf(r2);
        long whole = prizes.add(scene.organiserA, id, "", "UNIT_HIGHEST_RATE", "1", "Tập thể tỷ lệ cao nhất", "3");
        long second = prizes.add(scene.organiserA, id, b, "INDIVIDUAL", "2", "Giải Nhì tuần 2", "2");
        long unit = prizes.add(scene.organiserA, id, a, "UNIT_MOST_ENTRANTS", "1", "Tập thể đông nhất", "1");
        long first = prizes.add(scene.organiserA, id, a, "INDIVIDUAL", "1", "Giải Nhất", "1");
        long firstB = prizes.add(scene.organiserA, id, b, "INDIVIDUAL", "1", "Giải Nhất tuần 2", "1");
        assertEquals(List.of(
                new Prize(first, r1, "INDIVIDUAL", 1, "Giải Nhất", 1),
                new Prize(unit, r1, "UNIT_MOST_ENTRANTS", 1, "Tập thể đông nhất", 1),
                new Prize(firstB, r2, "INDIVIDUAL", 1, "Giải Nhất tuần 2", 1),
                new Prize(second, r2, "INDIVIDUAL", 2, "Giải Nhì tuần 2", 2),
                new Prize(whole, null, "UNIT_HIGHEST_RATE", 1, "Tập thể tỷ lệ cao nhất", 3)), prizes.prizes(id));

        prizes.update(scene.organiserA, id, second, b, "INDIVIDUAL", "2", "Giải Nhì", "5");
        assertEquals(new Prize(second, r2, "INDIVIDUAL", 2, "Giải Nhì", 5), prizes.prize(scene.organiserA, id, second));
        prizes.delete(scene.organiserA, id, whole);
        assertEquals(4, prizes.prizes(id).size());
    }

    @Test
    void bad_prize_names_each_field_and_a_tier_is_taken_once() {
        long id = scene.contest("Cuộc thi giải sai", 1, 0);
        long other = scene.contest("Cuộc thi khác có vòng", 1, 0);
        long foreignRound = scene.round(other, "Vòng lạ", "01/01/2098 08:00", "07/01/2098 20:00");
        ContestInvalid bad = assertThrows(ContestInvalid.class, () -> prizes.add(scene.organiserA, id,
                String.valueOf(foreignRound), "LUCKY", "0", " ", "x"));
        assertEquals(Map.of("roundId", "contest.organiser.error.choice", "kind", "contest.organiser.error.choice",
                "tier", "contest.organiser.error.range", "name", "contest.organiser.error.required",
                "count", "contest.organiser.error.number"), bad.errors());
        prizes.add(scene.organiserA, id, "", "INDIVIDUAL", "1", "Giải Nhất", "1");
        ContestInvalid taken = assertThrows(ContestInvalid.class,
                () -> prizes.add(scene.organiserA, id, "", "INDIVIDUAL", "1", "Giải Nhất nữa", "1"));
        assertEquals(Map.of("tier", "contest.organiser.prize.tierTaken"), taken.errors());
        assertEquals(1, prizes.prizes(id).size());
    }

    @Test
    void prizes_of_a_round_with_published_results_are_fixed() {
        long id = scene.contest("Cuộc thi đã trao giải", 1, 0);
        long round = scene.round(id, "Vòng xong", OrganiserScene.CLOSED_OPENS, OrganiserScene.CLOSED_CLOSES);
        long prize = prizes.add(scene.organiserA, id, String.valueOf(round), "INDIVIDUAL", "1", "Giải Nhất", "1");
        long whole = prizes.add(scene.organiserA, id, "", "INDIVIDUAL", "1", "Giải chung cuộc", "1");
        scene.fixtures.queryLong("update contest_round set results_published_at = now() where id = ? returning 1", round);
        Problem locked = assertThrows(Problem.class,
                () -> prizes.update(scene.organiserA, id, prize, String.valueOf(round), "INDIVIDUAL", "1", "Đổi", "9"));
        assertEquals(HttpStatus.CONFLICT, locked.status());
        assertEquals("contest.organiser.prize.locked", locked.messageKey());
        assertEquals(HttpStatus.CONFLICT, assertThrows(Problem.class, () -> prizes.delete(scene.organiserA, id, whole)).status());
        assertEquals(HttpStatus.CONFLICT, assertThrows(Problem.class,
                () -> prizes.add(scene.organiserA, id, String.valueOf(round), "INDIVIDUAL", "2", "Giải Nhì", "1")).status());
        assertEquals(2, prizes.prizes(id).size());
    }

    @Test
    void manager_of_other_province_is_refused_every_prize_action() {
        long id = scene.contest("Cuộc thi giải riêng", 1, 0);
        long prize = prizes.add(scene.organiserA, id, "", "INDIVIDUAL", "1", "Giải Nhất", "1");
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(Problem.class, () -> prizes.prizes(scene.managerB, id)).status());
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(Problem.class,
                () -> prizes.add(scene.managerB, id, "", "INDIVIDUAL", "2", "Giải Nhì", "1")).status());
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(Problem.class,
                () -> prizes.update(scene.managerB, id, prize, "", "INDIVIDUAL", "1", "Đổi", "1")).status());
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(Problem.class, () -> prizes.delete(scene.managerB, id, prize)).status());
        assertEquals(List.of(new Prize(prize, null, "INDIVIDUAL", 1, "Giải Nhất", 1)), prizes.prizes(id));
    }
}
