package vn.hocluat.contest;

import io.micronaut.context.ApplicationContext;
import vn.hocluat.contest.manage.ContestInput;
import vn.hocluat.contest.manage.ContestService;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.support.Fixtures;

/**
 * The set-up the organiser tests share: a province A with a commune and its organiser, a province
 * B with its manager, and contests of A with a pool of questions, published with rounds that are
 * closed, open now or still to come.
 */
final class OrganiserScene {
    static final String CLOSED_OPENS = "01/01/2019 08:00";
    static final String CLOSED_CLOSES = "31/01/2019 20:00";
    static final String OPEN_OPENS = "01/01/2020 08:00";
    static final String OPEN_CLOSES = "31/12/2097 20:00";
    static final String FUTURE_OPENS = "01/01/2098 08:00";
    static final String FUTURE_CLOSES = "31/01/2098 20:00";

    final Fixtures fixtures;
    final ContestService contests;
    final long provinceA;
    final long communeA;
    final long provinceB;
    final CurrentUser organiserA;
    final CurrentUser managerB;

    OrganiserScene(ApplicationContext context) {
        fixtures = new Fixtures(context);
        contests = context.getBean(ContestService.class);
        provinceA = fixtures.unit(fixtures.rootId(), Fixtures.unique("OA"), "Tỉnh Tổ Chức A", "PROVINCE");
        communeA = fixtures.unit(provinceA, Fixtures.unique("OX"), "Xã Tổ Chức", "COMMUNE");
        provinceB = fixtures.unit(fixtures.rootId(), Fixtures.unique("OB"), "Tỉnh Tổ Chức B", "PROVINCE");
        organiserA = user(fixtures.account("ORGANISER", provinceA), Role.ORGANISER, provinceA);
        managerB = user(fixtures.account("MANAGER", provinceB), Role.MANAGER, provinceB);
    }

    CurrentUser user(String username, Role role, long unitId) {
        long id = fixtures.queryLong("select id from account where username = ?", username);
        return new CurrentUser(id, username, "Test", role, unitId);
    }

    /** A draft of province A drawing {@code draw} questions, 20 minutes, unlimited attempts, with {@code pool} questions. */
    long contest(String title, int draw, int pool) {
        long id = contests.create(organiserA, new ContestInput(title, String.valueOf(provinceA), "Thể lệ", "", String.valueOf(draw),
                "20", "", "NONE"));
        for (int i = 0; i < pool; i++) {
            fixtures.queryLong("""
                    insert into question (bank_id, type, search_text) select bank_id, 'SINGLE', 'cau hoi'
                    from contest where id = ? returning id""", id);
        }
        return id;
    }

    long round(long contestId, String name, String opens, String closes) {
        return contests.addRound(organiserA, contestId, name, opens, closes);
    }

    /** A published contest with a closed round, an open round and a future round (in that order). */
    long publishedWithThreeRounds(String title) {
        long id = contest(title, 2, 3);
        round(id, "Vòng đã đóng", CLOSED_OPENS, CLOSED_CLOSES);
        round(id, "Vòng đang mở", OPEN_OPENS, OPEN_CLOSES);
        round(id, "Vòng sắp tới", FUTURE_OPENS, FUTURE_CLOSES);
        contests.publish(organiserA, id);
        return id;
    }

    long roundId(long contestId, String name) {
        return fixtures.queryLong("select id from contest_round where contest_id = ? and name = ?", contestId, name);
    }

    long quizOf(long contestId, String name) {
        return fixtures.queryLong("select quiz_id from contest_round where contest_id = ? and name = ?", contestId, name);
    }
}
