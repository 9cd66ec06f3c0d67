package vn.hocluat.contest.stats;

import io.micronaut.context.ApplicationContext;
import vn.hocluat.contest.ContestFixtures;
import vn.hocluat.contest.ContestFixtures.Window;
import vn.hocluat.support.Fixtures;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * A two-round contest of a province with hand-made entries (SQL, so times, scores and devices are
 * exactly as written; max score 4). Units: province (population 1000) → "Xã An" (200) → "Thôn An
 * Một" (50); "Xã Bình" (no population); "Xã Cát" (400, no entries); another province outside.
 * Entrants register at communes; an entry's unit is written as the scene needs (e2's village, e4's
 * province: what an entry keeps is the unit at its start). Round 1, Vietnam time:
 * <pre>
 *   e1 Xã An        20/11 08:30 MOBILE  4/4 60 s     | 20/11 21:10 DESKTOP 2/4 90 s
 *   e2 Thôn An Một  21/11 00:30 MOBILE  4/4 45 s     (20/11 17:30 UTC: another day in Vietnam)
 *   e3 Xã Bình      21/11 09:00 MOBILE  not finished
 *   e4 the province 20/11 08:45 DESKTOP 1/4 100 s
 *   e5 outside      20/11 10:00 MOBILE  4/4 30 s     (never counted)
 * Round 2: e1 27/11 08:05 MOBILE 3/4 70 s.
 * </pre>
 */
final class StatsScene {
    final Fixtures fixtures;
    final ContestFixtures contests;
    final long province;
    final long an;
    final long anMot;
    final long binh;
    final long cat;
    final long outside;
    final String organiser;
    final ContestFixtures.Contest contest;
    final long round1;
    final long round2;
    final long e1;
    final long e2;
    final long e3;
    final long e4;

    StatsScene(ApplicationContext context, URI server) {
        fixtures = new Fixtures(context);
        contests = new ContestFixtures(context, server);
        province = fixtures.unit(fixtures.rootId(), Fixtures.unique("TK"), "Tỉnh Thống Kê", "PROVINCE");
        an = fixtures.unit(province, Fixtures.unique("XA"), "Xã An", "COMMUNE");
        anMot = fixtures.unit(an, Fixtures.unique("TA"), "Thôn An Một", "VILLAGE");
        binh = fixtures.unit(province, Fixtures.unique("XB"), "Xã Bình", "COMMUNE");
        cat = fixtures.unit(province, Fixtures.unique("XC"), "Xã Cát", "COMMUNE");
        outside = fixtures.unit(fixtures.rootId(), Fixtures.unique("TN"), "Tỉnh Ngoài", "PROVINCE");
        population(an, 200);
        population(anMot, 50);
        population(binh, null);
        population(cat, 400);
        organiser = fixtures.account("ORGANISER", province);
        contest = contests.published(organiser, province, 4, 4, "", "NONE",
                List.of(new Window("Vòng một", "01/01/2020 08:00", "31/12/2098 20:00"),
                        new Window("Vòng hai", "01/01/2099 08:00", "31/12/2099 20:00")));
        round1 = contest.roundIds().get(0);
        round2 = contest.roundIds().get(1);
        e1 = contests.entrant(an, "Nguyễn Thị Ánh", LocalDate.of(1995, 3, 8));
        e2 = contests.entrant(an, "Trần Văn Đức", LocalDate.of(1988, 12, 1));
        e3 = contests.entrant(binh, "Lê Thị Bảo", LocalDate.of(2001, 7, 15));
        e4 = contests.entrant(binh, "Phạm Quốc Việt", LocalDate.of(1979, 1, 30));
        long e5 = contests.entrant(fixtures.unit(outside, Fixtures.unique("XN"), "Xã Ngoài", "COMMUNE"), "Hoàng Ngoại", LocalDate.of(1990, 2, 2));
        entry(round1, e1, an, "2026-11-20 08:30+07", 4, 60_000, "MOBILE");
        entry(round1, e1, an, "2026-11-20 21:10+07", 2, 90_000, "DESKTOP");
        entry(round1, e2, anMot, "2026-11-21 00:30+07", 4, 45_000, "MOBILE");
        entry(round1, e3, binh, "2026-11-21 09:00+07", null, null, "MOBILE");
        entry(round1, e4, province, "2026-11-20 08:45+07", 1, 100_000, "DESKTOP");
        entry(round1, e5, outside, "2026-11-20 10:00+07", 4, 30_000, "MOBILE");
        entry(round2, e1, an, "2026-11-27 08:05+07", 3, 70_000, "MOBILE");
    }

    private void population(long unitId, Integer population) {
        fixtures.queryLong("update unit set population = ?::int where id = ? returning 1", population, unitId);
    }

    /** An attempt and its entry; {@code score} null = still open. */
    long entry(long roundId, long entrantId, long unitId, String startedAt, Integer score, Integer durationMs, String device) {
        return contests.entry(roundId, entrantId, unitId, startedAt, score, durationMs, device);
    }

    /** Removes an entry made by a test that must not change the others' figures. */
    void remove(long attemptId) {
        fixtures.queryLong("with d as (delete from contest_entry where attempt_id = ? returning attempt_id) "
                + "delete from attempt where id in (select attempt_id from d) returning 1", attemptId);
    }

    String phoneOf(long entrantId) {
        return fixtures.queryString("select phone from entrant where id = ?", entrantId);
    }
}
