package vn.hocluat.plans.kpi;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.ContestFixtures;
import vn.hocluat.contest.ContestFixtures.Window;
import vn.hocluat.learning.CourseFixtures;
import vn.hocluat.satisfaction.RatedObject;
import vn.hocluat.satisfaction.Rater;
import vn.hocluat.satisfaction.RatingRequest;
import vn.hocluat.satisfaction.RatingService;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A province without population: Xã An (urban, 1,000; villages An Một 300 and An Hai 200), Xã Bình (rural,
 * 500), Xã Cát (rural, no figure; its village Cát Một 120). In June 2026 (the window [01/06, 30/06]):
 * entrant e1 of Xã An (entrants live in communes) enters twice and rates; account a1 of An Một completes a
 * lesson and rates; entrant e2 of Xã Bình entered only on 31/05 at 23:30 (Vietnam), e3 of Xã Bình on 30/06
 * at 23:30; an anonymous visitor rates. Reached: e1 (Xã An), a1 (An Một), e3 (Xã Bình).
 */
@MicronautTest(transactional = false)
class CitizenReachShareTest implements TestDatabase {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    KpiCatalogue catalogue;
    @Inject
    RatingService ratings;
    @Inject
    TransactionOperations<Connection> tx;

    Fixtures fx;
    ContestFixtures contests;
    long province;
    long an;
    long anMot;
    long anHai;
    long binh;
    long cat;
    long catMot;
    long round;
    long contest;
    long course;

    @BeforeEach
    void scene() {
        fx = new Fixtures(context);
        contests = new ContestFixtures(context, server.getURI());
        province = unit(fx.rootId(), "Tỉnh Tiếp Cận", "PROVINCE", null, null);
        an = unit(province, "Xã An", "COMMUNE", true, 1000);
        anMot = unit(an, "Thôn An Một", "VILLAGE", null, 300);
        anHai = unit(an, "Thôn An Hai", "VILLAGE", null, 200);
        binh = unit(province, "Xã Bình", "COMMUNE", false, 500);
        cat = unit(province, "Xã Cát", "COMMUNE", false, null);
        catMot = unit(cat, "Thôn Cát Một", "VILLAGE", null, 120);
        ContestFixtures.Contest c = contests.published(fx.account("ORGANISER", province), province, 4, 4, "", "NONE",
                List.of(Window.openNow("Vòng một")));
        contest = c.id();
        round = c.roundIds().get(0);
        long e1 = contests.entrant(an, "Nguyễn Thị Ánh", LocalDate.of(1995, 3, 8));
        contests.entry(round, e1, an, "2026-06-10 08:30+07", 4, 60_000, "MOBILE");
        contests.entry(round, e1, an, "2026-06-20 08:30+07", 3, 60_000, "MOBILE");
        rating("E:" + e1, an, 5, "2026-06-20 09:00+07");
        long e2 = contests.entrant(binh, "Trần Văn Đức", LocalDate.of(1988, 12, 1));
        contests.entry(round, e2, binh, "2026-05-31 23:30+07", 2, 60_000, "MOBILE");
        long e3 = contests.entrant(binh, "Lê Thị Bảo", LocalDate.of(2001, 7, 15));
        contests.entry(round, e3, binh, "2026-06-30 23:30+07", null, null, "DESKTOP");
        CourseFixtures courses = new CourseFixtures(context);
        course = courses.course(an, "PUBLIC", true, true).id();
        long lesson = courses.lesson(course, courses.module(course, "Chương 1"), "TEXT", true);
        long a1 = fx.queryLong("select id from account where username = ?", fx.account("LEARNER", anMot));
        fx.queryLong("""
                with e as (insert into enrollment (course_id, account_id, source) values (?, ?, 'SELF') returning id)
                insert into lesson_progress (enrollment_id, lesson_id, first_opened_at, done_at)
                select e.id, ?, '2026-06-14 20:00+07', '2026-06-15 08:00+07' from e returning 1""", course, a1, lesson);
        rating("A:" + a1, anMot, 4, "2026-06-16 10:00+07");
        rating(Fixtures.unique("C:"), null, 5, "2026-06-16 10:00+07");
    }

    private long unit(long parent, String name, String kind, Boolean urban, Integer population) {
        long id = fx.unit(parent, Fixtures.unique("X"), name, kind);
        fx.queryLong("update unit set urban = ?::boolean, population = ?::int where id = ? returning 1", urban, population, id);
        return id;
    }

    private void rating(String raterKey, Long declaredUnit, int score, String ratedAt) {
        fx.queryLong("""
                insert into rating (object_kind, object_id, owner_unit_id, score, rater_key, anonymous_id, client_address,
                                    rated_at, window_month, declared_unit_id)
                values ('CONTEST', ?, ?, ?, ?, 'x', '10.0.0.1', ?::timestamptz,
                        date_trunc('month', ?::timestamptz at time zone 'Asia/Ho_Chi_Minh')::date, ?::bigint) returning id""",
                contest, province, score, raterKey, ratedAt, ratedAt, declaredUnit);
    }

    private static TargetSpec target(String filter) {
        return new TargetSpec(0, 0, "CITIZEN_REACH_SHARE", "", new String[]{"CITIZEN"}, new String[0], new Long[0], "PLAN",
                null, new BigDecimal("60"), null, filter, new Long[0], 12,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31), false);
    }

    private UnitRef ref(long id) {
        return new UnitRef(id, "", "", fx.queryString("select path from unit where id = ?", id),
                (int) fx.queryLong("select depth from unit where id = ?", id));
    }

    private Map<Long, Count> compute(String filter, long unit, LocalDate day) {
        UnitRef ref = ref(unit);
        return tx.executeRead(status -> catalogue.find("CITIZEN_REACH_SHARE").orElseThrow().compute(target(filter), ref, day));
    }

    @Test
    void citizens_are_counted_once_in_their_declared_unit_over_the_population_without_double_counting_villages() {
        Map<Long, Count> counts = compute("ALL", province, DAY);
        // e1 (two entries and a rating) + a1 (a lesson and a rating) + e3; e2's entry is the day before the window;
        // population: Xã An's own 1,000 (not + 300 + 200), Xã Bình 500, Xã Cát through its village 120
        assertEquals(new Count(3, 1620), counts.get(province));
        assertEquals(new Count(2, 1000), counts.get(an));
        assertEquals(new Count(1, 500), counts.get(binh));
        assertEquals(new Count(0, 120), counts.get(cat));

        Map<Long, Count> commune = compute("ALL", an, DAY);
        assertEquals(new Count(2, 1000), commune.get(an));
        assertEquals(new Count(1, 300), commune.get(anMot));
        assertEquals(new Count(0, 200), commune.get(anHai));
        assertEquals(new Count(1, 300), compute("ALL", anMot, DAY).get(anMot));
    }

    @Test
    void urban_and_rural_targets_count_only_the_units_of_their_kind() {
        Map<Long, Count> urban = compute("URBAN", province, DAY);
        assertEquals(new Count(2, 1000), urban.get(province));
        assertEquals(new Count(2, 1000), urban.get(an));
        assertFalse(urban.containsKey(binh));

        Map<Long, Count> rural = compute("RURAL", province, DAY);
        assertEquals(new Count(1, 620), rural.get(province));
        assertEquals(new Count(1, 500), rural.get(binh));
        assertEquals(new Count(0, 120), rural.get(cat));
        assertFalse(rural.containsKey(an));
    }

    @Test
    void stored_counts_give_the_same_figure_and_a_new_entry_refreshes_them() {
        Map<Long, Count> fresh = compute("ALL", province, DAY);
        long stored = fx.queryLong("""
                select count(*) from kpi_unit_count c join unit u on u.id = c.unit_id
                where c.fingerprint = ? and c.day = ? and u.path like (select path from unit where id = ?) || '%'""",
                KpiCounts.fingerprint(target("ALL"), DAY), DAY, province);
        assertEquals(7, stored);
        assertEquals(fresh, compute("ALL", province, DAY));

        long e4 = contests.entrant(cat, "Phạm Quốc Việt", LocalDate.of(1979, 1, 30));
        contests.entry(round, e4, cat, "2026-06-25 10:00+07", 1, 60_000, "MOBILE");
        assertEquals(new Count(4, 1620), compute("ALL", province, DAY).get(province));
        assertEquals(new Count(1, 120), compute("ALL", province, DAY).get(cat));
    }

    @Test
    void a_subtree_without_population_has_no_denominator() {
        long dong = unit(province, "Xã Đông", "COMMUNE", null, null);
        long e5 = contests.entrant(dong, "Hoàng Văn Đông", LocalDate.of(1990, 2, 2));
        contests.entry(round, e5, dong, "2026-06-12 10:00+07", 4, 60_000, "MOBILE");

        assertEquals(new Count(1, 0), compute("ALL", dong, DAY).get(dong));
        assertEquals(new Count(1, 0), compute("ALL", province, DAY).get(dong));
        assertEquals(KpiStatus.NO_DATA, StatusRule.status(new BigDecimal("60"), new Count(1, 0), Count.EMPTY, DAY,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void a_rating_recorded_today_counts_the_entrant_in_their_residence_and_not_the_anonymous_visitor() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long dong = unit(province, "Xã Đông", "COMMUNE", null, 800);
        long e6 = contests.entrant(dong, "Đỗ Thị Hoa", LocalDate.of(1992, 4, 4));
        ratings.record(new RatingRequest(RatedObject.contest(contest), 5, null, Rater.entrant(e6), Fixtures.unique("10.9.")));
        ratings.record(new RatingRequest(RatedObject.contest(contest), 3, null, Rater.anonymous(Fixtures.unique("anon")),
                Fixtures.unique("10.9.")));

        assertEquals(dong, fx.queryLong("select declared_unit_id from rating where rater_key = ?", "E:" + e6));
        assertEquals(new Count(1, 800), compute("ALL", dong, today).get(dong));
    }
}
