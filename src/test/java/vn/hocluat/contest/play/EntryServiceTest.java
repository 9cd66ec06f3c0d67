package vn.hocluat.contest.play;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.AttemptService;
import vn.hocluat.assessment.AttemptSheet;
import vn.hocluat.contest.ContestFixtures;
import vn.hocluat.contest.ContestFixtures.Contest;
import vn.hocluat.contest.ContestFixtures.Window;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An entrant's play in a round: start and resume, the round's rules, submit with prediction, results copied, scope. */
@MicronautTest(transactional = false)
class EntryServiceTest implements TestDatabase {
    static final String PHONE_UA = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36";

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    EntryService entries;
    @Inject
    AttemptService attempts;

    Fixtures fixtures;
    ContestFixtures contests;
    long province;
    long commune;
    long otherCommune;
    String organiser;

    @BeforeAll
    void setUp() {
        fixtures = new Fixtures(context);
        contests = new ContestFixtures(context, server.getURI());
        province = fixtures.unit(fixtures.rootId(), Fixtures.unique("TP"), "Tỉnh Chơi", "PROVINCE");
        commune = fixtures.unit(province, Fixtures.unique("XP"), "Xã Chơi Một", "COMMUNE");
        otherCommune = fixtures.unit(fixtures.rootId(), Fixtures.unique("XK"), "Xã Ngoài Tỉnh", "COMMUNE");
        organiser = fixtures.account("ORGANISER", province);
    }

    private Contest openContest(String attempts, String prediction) {
        return contests.published(organiser, province, 3, 3, attempts, prediction, List.of(Window.openNow("Tuần 1")));
    }

    private long entrant() {
        return contests.entrant(commune, "Lê Văn Tám", LocalDate.of(1990, 5, 9));
    }

    @Test
    void start_records_the_entry_locks_the_entrant_and_a_second_start_resumes() {
        Contest c = openContest("", "FULL_SCORE_COUNT");
        long round = c.roundIds().get(0);
        long who = entrant();
        EntryService.Entry first = entries.start(round, who, "10.0.0.1", PHONE_UA);
        EntryService.Entry again = entries.start(round, who, "10.0.0.1", PHONE_UA);

        assertFalse(first.resumed());
        assertEquals(new EntryService.Entry(first.attemptId(), true), again);
        assertEquals(1, fixtures.queryLong("""
                select count(*) from contest_entry e join attempt a on a.id = e.attempt_id
                where e.attempt_id = ? and e.round_id = ? and e.entrant_id = ? and e.unit_id = ? and e.device = 'MOBILE'
                  and e.started_at = a.started_at and e.max_score = 3 and e.finished_at is null and e.client_ip = '10.0.0.1'""",
                first.attemptId(), round, who, commune));
        assertEquals(1, fixtures.queryLong("select count(*) from entrant where id = ? and locked_at is not null", who));
    }

    @Test
    void submit_copies_the_server_result_and_the_prediction_into_the_entry() {
        Contest c = openContest("", "FULL_SCORE_COUNT");
        long who = entrant();
        long attempt = entries.start(c.roundIds().get(0), who, "10.0.0.2", "Mozilla/5.0 (X11; Linux x86_64) Firefox/120").attemptId();
        AttemptSheet sheet = entries.sheet(attempt, who);
        entries.submit(attempt, who, ContestFixtures.answers(sheet, 2), new BigDecimal("12"));

        EntryLine line = entries.result(attempt, who);
        assertEquals(0, new BigDecimal("2").compareTo(line.score()));
        assertEquals(0, new BigDecimal("12").compareTo(line.prediction()));
        assertEquals("DESKTOP", line.device());
        assertEquals(1, fixtures.queryLong("""
                select count(*) from contest_entry e join attempt a on a.id = e.attempt_id
                where e.attempt_id = ? and a.state = 'SUBMITTED' and e.finished_at = a.finished_at
                  and e.duration_ms = (extract(epoch from a.finished_at - a.started_at) * 1000)::bigint""", attempt));
        assertEquals(List.of(attempt), entries.history(who, c.id()).stream().map(EntryLine::attemptId).toList());
    }

    @Test
    void attempts_per_round_are_limited_by_the_contest() {
        Contest c = openContest("1", "NONE");
        long who = entrant();
        long round = c.roundIds().get(0);
        long attempt = entries.start(round, who, "10.0.0.3", PHONE_UA).attemptId();
        entries.submit(attempt, who, null, null);
        Problem refused = assertThrows(Problem.class, () -> entries.start(round, who, "10.0.0.3", PHONE_UA));
        assertEquals("attempt.start.noneLeft", refused.messageKey());
        assertEquals(1, fixtures.queryLong("select count(*) from contest_entry where round_id = ? and entrant_id = ?", round, who));
    }

    @Test
    void rounds_not_open_are_refused_with_their_times() {
        Contest c = contests.published(organiser, province, 3, 3, "", "NONE",
                List.of(new Window("Vòng sau", "01/01/2098 08:00", "07/01/2098 20:00")));
        long who = entrant();
        Problem early = assertThrows(Problem.class, () -> entries.start(c.roundIds().get(0), who, "10.0.0.4", PHONE_UA));
        assertEquals("contest.play.notYetOpen", early.messageKey());
        assertEquals(List.of("01/01/2098 08:00"), List.of(early.args()));
        Contest closed = openContest("", "NONE");
        contests.close(closed.roundIds().get(0));
        Problem late = assertThrows(Problem.class, () -> entries.start(closed.roundIds().get(0), who, "10.0.0.4", PHONE_UA));
        assertEquals("contest.play.closed", late.messageKey());
        assertEquals(0, fixtures.queryLong("select count(*) from contest_entry where entrant_id = ?", who));
        assertEquals(0, fixtures.queryLong("select count(*) from entrant where id = ? and locked_at is not null", who));
    }

    @Test
    void age_and_residence_rules_refuse_with_the_reason() {
        Contest c = openContest("", "NONE");
        long round = c.roundIds().get(0);
        fixtures.queryLong("update contest set min_age = 18, residence_unit_ids = array[?]::bigint[] where id = ? returning 1",
                province, c.id());
        long child = contests.entrant(commune, "Trần Bé", LocalDate.now().minusYears(18).plusDays(1));
        Problem young = assertThrows(Problem.class, () -> entries.start(round, child, "10.0.0.5", PHONE_UA));
        assertEquals("contest.play.tooYoung", young.messageKey());
        assertEquals(List.of(18), List.of(young.args()));

        long outsider = contests.entrant(otherCommune, "Phạm Ngoài", LocalDate.of(1980, 1, 1));
        Problem away = assertThrows(Problem.class, () -> entries.start(round, outsider, "10.0.0.5", PHONE_UA));
        assertEquals("contest.play.notResident", away.messageKey());
        assertEquals(List.of("Tỉnh Chơi"), List.of(away.args()));

        long adult = contests.entrant(commune, "Trần Đủ Tuổi", LocalDate.now().minusYears(18));
        assertFalse(entries.start(round, adult, "10.0.0.5", PHONE_UA).resumed());
    }

    @Test
    void another_entrant_cannot_read_save_or_submit_the_attempt() {
        Contest c = openContest("", "TOTAL_ENTRANTS");
        long who = entrant();
        long intruder = entrant();
        long attempt = entries.start(c.roundIds().get(0), who, "10.0.0.6", PHONE_UA).attemptId();
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(Problem.class, () -> entries.sheet(attempt, intruder)).status());
        assertEquals(HttpStatus.NOT_FOUND,
                assertThrows(Problem.class, () -> entries.save(attempt, intruder, List.of(), BigDecimal.ONE)).status());
        assertEquals(HttpStatus.NOT_FOUND,
                assertThrows(Problem.class, () -> entries.submit(attempt, intruder, null, BigDecimal.ONE)).status());
        assertEquals(1, fixtures.queryLong("""
                select count(*) from attempt a join contest_entry e on e.attempt_id = a.id
                where a.id = ? and a.state = 'IN_PROGRESS' and e.prediction is null""", attempt));
    }

    @Test
    void a_prediction_is_refused_when_the_contest_has_none_or_it_is_out_of_range() {
        Contest none = openContest("", "NONE");
        long who = entrant();
        long attempt = entries.start(none.roundIds().get(0), who, "10.0.0.7", PHONE_UA).attemptId();
        assertEquals("contest.play.noPrediction",
                assertThrows(Problem.class, () -> entries.save(attempt, who, List.of(), BigDecimal.TEN)).messageKey());
        Contest with = openContest("", "FULL_SCORE_COUNT");
        long second = entries.start(with.roundIds().get(0), who, "10.0.0.7", PHONE_UA).attemptId();
        assertEquals("contest.play.predictionRange",
                assertThrows(Problem.class, () -> entries.save(second, who, List.of(), new BigDecimal("-1"))).messageKey());
        entries.save(second, who, List.of(), new BigDecimal("150.5"));
        assertEquals(1, fixtures.queryLong("select count(*) from contest_entry where attempt_id = ? and prediction = 150.5", second));
    }

    @Test
    void an_attempt_expired_by_the_sweep_counts_to_its_deadline_and_reconcile_restores_a_lost_entry() {
        Contest c = openContest("", "NONE");
        long round = c.roundIds().get(0);
        long who = entrant();
        long attempt = entries.start(round, who, "10.0.0.8", PHONE_UA).attemptId();
        fixtures.queryLong("""
                update attempt set started_at = now() - interval '30 minutes', deadline = now() - interval '10 minutes'
                where id = ? returning 1""", attempt);
        fixtures.queryLong("update contest_entry set started_at = now() - interval '30 minutes' where attempt_id = ? returning 1", attempt);
        assertTrue(attempts.expireDue() >= 1);
        assertEquals(1, fixtures.queryLong("""
                select count(*) from contest_entry e join attempt a on a.id = e.attempt_id
                where e.attempt_id = ? and a.state = 'EXPIRED' and e.finished_at = a.deadline and e.duration_ms = 1200000
                  and e.score = 0""", attempt));

        fixtures.queryLong("with d as (delete from contest_entry where attempt_id = ? returning 1) select count(*) from d", attempt);
        assertEquals(2, entries.reconcile(round));
        assertEquals(1, fixtures.queryLong("""
                select count(*) from contest_entry where attempt_id = ? and entrant_id = ? and duration_ms = 1200000
                  and device = 'MOBILE'""", attempt, who));
    }
}
