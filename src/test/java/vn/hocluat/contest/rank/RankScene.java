package vn.hocluat.contest.rank;

import io.micronaut.context.ApplicationContext;
import vn.hocluat.contest.ContestFixtures;
import vn.hocluat.contest.ContestFixtures.Contest;
import vn.hocluat.contest.ContestFixtures.Window;
import vn.hocluat.contest.play.EntryService;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.support.Fixtures;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * A province with communes, its organiser, and contests of 3 questions whose entries are played through
 * the entry service and then given exact results (score, duration, start, prediction) so that rankings
 * can be checked against hand-computed orders.
 */
final class RankScene {
    static final String PHONE_UA = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36";
    /** Starts of the entries, counted in seconds from this moment. */
    static final String T0 = "2026-01-05 08:00:00+07";

    final Fixtures fixtures;
    final ContestFixtures contests;
    final EntryService entries;
    final long province;
    final long commune;
    final String organiser;
    final CurrentUser user;

    RankScene(ApplicationContext context, URI server) {
        fixtures = new Fixtures(context);
        contests = new ContestFixtures(context, server);
        entries = context.getBean(EntryService.class);
        province = fixtures.unit(fixtures.rootId(), Fixtures.unique("TR"), "Tỉnh Xếp Hạng", "PROVINCE");
        commune = fixtures.unit(province, Fixtures.unique("XR"), "Xã Xếp Hạng", "COMMUNE");
        organiser = fixtures.account("ORGANISER", province);
        user = new CurrentUser(fixtures.queryLong("select id from account where username = ?", organiser), organiser,
                "Test ORGANISER", Role.ORGANISER, province);
    }

    /** A published contest of 3 questions (3 drawn), unlimited attempts, open now, with its rounds. */
    Contest contest(String prediction, String... rounds) {
        List<Window> windows = rounds.length == 0 ? List.of(Window.openNow("Tuần 1"))
                : java.util.Arrays.stream(rounds).map(Window::openNow).toList();
        return contests.published(organiser, province, 3, 3, "", prediction, windows);
    }

    /** A published contest with two rounds: the first open now, the second in 2099 until {@link #openSecond} opens it. */
    Contest twoRounds(String prediction) {
        return contests.published(organiser, province, 3, 3, "", prediction, List.of(
                new Window("Tuần 1", "01/01/2020 08:00", "31/12/2098 20:00"),
                new Window("Tuần 2", "01/01/2099 08:00", "31/12/2099 20:00")));
    }

    /** Opens the round (and its quiz) a minute ago. */
    void openSecond(long roundId) {
        fixtures.queryLong("""
                with r as (update contest_round set opens_at = now() - interval '1 minute' where id = ? returning quiz_id)
                update quiz q set open_at = now() - interval '1 minute' from r where q.id = r.quiz_id returning 1""", roundId);
    }

    /** An entrant of the unit with a name unique to the test run (no duplicate identity with other tests). */
    long entrant(long unitId, String name) {
        return contests.entrant(unitId, Fixtures.unique(name), LocalDate.of(1990, 1, 1));
    }

    /** Starts an attempt from the address and submits it; returns the attempt (= entry) id. */
    long play(long roundId, long entrantId, String ip) {
        long attempt = entries.start(roundId, entrantId, ip, PHONE_UA).attemptId();
        entries.submit(attempt, entrantId, ContestFixtures.answers(entries.sheet(attempt, entrantId), 3), null);
        return attempt;
    }

    /** Gives the finished entry exact figures: score, duration, start (seconds after {@link #T0}) and prediction. */
    void set(long attemptId, int score, long durationMs, int startSecond, BigDecimal prediction) {
        fixtures.queryLong("""
                update contest_entry set score = ?, duration_ms = ?::bigint,
                    started_at = ?::timestamptz + make_interval(secs => ?::int),
                    finished_at = ?::timestamptz + make_interval(secs => ?::int) + ?::bigint * interval '1 millisecond',
                    prediction = ?::numeric
                where attempt_id = ? returning 1""", score, durationMs, T0, startSecond, T0, startSecond, durationMs,
                prediction, attemptId);
    }

    /** One entrant's played and adjusted entry in the round; returns the entrant. */
    long ranked(long roundId, String name, int score, long durationMs, int startSecond, Integer prediction) {
        long who = entrant(commune, name);
        set(play(roundId, who, "10.1.0." + (startSecond % 250)), score, durationMs, startSecond,
                prediction == null ? null : BigDecimal.valueOf(prediction));
        return who;
    }

    /** The frozen ranking's entrants, first rank first. */
    String frozenOrder(long roundId) {
        return fixtures.queryString("select coalesce(string_agg(entrant_id::text, ',' order by rank), '') from round_ranking where round_id = ?",
                roundId);
    }

    static String ids(long... ids) {
        return String.join(",", java.util.Arrays.stream(ids).mapToObj(Long::toString).toList());
    }
}
