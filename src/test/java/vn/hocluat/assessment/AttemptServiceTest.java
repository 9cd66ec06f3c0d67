package vn.hocluat.assessment;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.quiz.QuizService;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.TestDatabase;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The attempt engine against the real database: draw, timing, limits, idempotence, expiry. */
@MicronautTest(transactional = false)
class AttemptServiceTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    AttemptService attempts;
    @Inject
    QuizService quizzes;

    QuizFixtures f;
    CurrentUser trainer;
    long bank;
    long commune;

    @BeforeAll
    void setUp() {
        f = new QuizFixtures(context);
        commune = f.commune(f.province());
        trainer = f.user("TRAINER", commune);
        bank = f.bankOfSingles(commune, "Ngân hàng 30 câu", 30, "Câu ", 3);
    }

    long quiz(String minutes, String attemptsAllowed) {
        return quizzes.create(trainer, QuizFixtures.drawQuiz("Kiểm tra", commune, bank, 10, minutes, attemptsAllowed));
    }

    /** Starts an attempt and reads it as its taker. */
    AttemptSheet begin(long quiz, Taker t) {
        return attempts.sheet(attempts.start(quiz, t, null, null).attemptId(), t);
    }

    Taker taker() {
        return Taker.account(f.user("LEARNER", commune).accountId());
    }

    /** Responses choosing the right option ("R…") of the first {@code right} questions and a wrong one elsewhere. */
    static List<Response> answers(AttemptSheet sheet, int right) {
        List<Response> out = new ArrayList<>();
        for (SheetQuestion q : sheet.questions()) {
            boolean ok = out.size() < right;
            int p = q.options().stream().filter(o -> o.text().startsWith("R") == ok).findFirst().orElseThrow().position();
            out.add(Response.chosen(List.of(p)));
        }
        return out;
    }

    @Test
    void start_draws_ten_distinct_questions_with_a_server_deadline() {
        long quiz = quiz("15", "3");
        Taker t = taker();
        AttemptService.Started s = attempts.start(quiz, t, "127.0.0.1", "JUnit");
        assertFalse(s.resumed());
        AttemptSheet sheet = attempts.sheet(s.attemptId(), t);
        assertEquals(10, sheet.questions().size());
        assertEquals(10, new HashSet<>(sheet.questions().stream().map(SheetQuestion::text).toList()).size());
        assertEquals(new BigDecimal("10.00"), sheet.maxScore().setScale(2));
        assertTrue(sheet.secondsLeft() > 895 && sheet.secondsLeft() <= 900, "seconds left " + sheet.secondsLeft());
        assertEquals(900, f.fixtures.queryLong("select extract(epoch from deadline - started_at)::bigint from attempt where id = ?", s.attemptId()));
        assertNull(sheet.score());
        sheet.questions().forEach(q -> q.options().forEach(o -> assertNull(o.correct())));
    }

    @Test
    void a_second_start_returns_the_open_attempt() {
        long quiz = quiz("15", "3");
        Taker t = taker();
        long first = attempts.start(quiz, t, null, null).attemptId();
        AttemptService.Started again = attempts.start(quiz, t, null, null);
        assertTrue(again.resumed());
        assertEquals(first, again.attemptId());
        assertEquals(1, f.fixtures.queryLong("select count(*) from attempt where quiz_id = ?", quiz));
    }

    @Test
    void concurrent_starts_make_one_attempt_and_concurrent_submits_one_result() throws Exception {
        long quiz = quiz("15", "3");
        Taker t = taker();
        List<Long> ids = parallel(8, () -> attempts.start(quiz, t, null, null).attemptId());
        assertEquals(1, new HashSet<>(ids).size());
        long id = ids.get(0);
        List<Response> answers = answers(attempts.sheet(id, t), 7);
        List<BigDecimal> scores = parallel(8, () -> attempts.submit(id, t, answers).score());
        assertEquals(Set.of(new BigDecimal("7.0000")), new HashSet<>(scores));
        assertEquals("SUBMITTED", f.text("select state from attempt where id = ?", id));
    }

    @Test
    void submit_is_idempotent_and_later_responses_change_nothing() {
        long quiz = quiz("15", "3");
        Taker t = taker();
        AttemptSheet sheet = begin(quiz, t);
        long id = sheet.id();
        AttemptSheet first = attempts.submit(id, t, answers(sheet, 6));
        AttemptSheet retried = attempts.submit(id, t, answers(sheet, 10));
        assertEquals(new BigDecimal("6.0000"), first.score());
        assertEquals(first, retried);
        Problem late = assertThrows(Problem.class, () -> attempts.save(id, t, answers(sheet, 10)));
        assertEquals("attempt.error.closed", late.messageKey());
    }

    @Test
    void three_attempts_then_refused_and_the_expired_one_is_graded_from_saved_answers() {
        long quiz = quiz("15", "3");
        Taker t = taker();
        long a1 = attempts.start(quiz, t, null, null).attemptId();
        attempts.submit(a1, t, answers(attempts.sheet(a1, t), 4));

        long a2 = attempts.start(quiz, t, null, null).attemptId();
        attempts.save(a2, t, answers(attempts.sheet(a2, t), 8));
        // time runs out: the deadline passed more than the grace period ago
        f.exec("update attempt set started_at = now() - interval '16 minutes', deadline = now() - interval '1 minute' where id = ?", a2);
        assertEquals(1, attempts.expireDue() >= 1 ? 1 : 0);
        assertEquals("EXPIRED", f.text("select state from attempt where id = ?", a2));
        assertEquals(new BigDecimal("8.0000"), f.decimal("select score from attempt where id = ?", a2));
        assertEquals("900", f.text("select extract(epoch from finished_at - started_at)::int from attempt where id = ?", a2));

        long a3 = attempts.start(quiz, t, null, null).attemptId();
        attempts.submit(a3, t, answers(attempts.sheet(a3, t), 5));
        Problem refused = assertThrows(Problem.class, () -> attempts.start(quiz, t, null, null));
        assertEquals("attempt.start.noneLeft", refused.messageKey());

        QuizStatus status = attempts.status(quiz, t);
        assertEquals(0, status.attemptsLeft());
        assertEquals(List.of(1, 2, 3), status.attempts().stream().map(QuizStatus.Summary::number).toList());
        assertEquals(new BigDecimal("8.0000"), status.grade().score(), "HIGHEST of 4, 8, 5");
    }

    @Test
    void an_overdue_attempt_is_closed_when_read_and_a_late_submit_keeps_the_saved_answers() {
        long quiz = quiz("15", "3");
        Taker t = taker();
        AttemptSheet sheet = begin(quiz, t);
        long id = sheet.id();
        attempts.save(id, t, answers(sheet, 3));
        f.exec("update attempt set deadline = now() - interval '31 seconds' where id = ?", id);
        AttemptSheet late = attempts.submit(id, t, answers(sheet, 10));
        assertEquals(AttemptState.EXPIRED, late.state());
        assertEquals(new BigDecimal("3.0000"), late.score());
    }

    @Test
    void a_submit_within_the_grace_period_counts() {
        long quiz = quiz("15", "3");
        Taker t = taker();
        AttemptSheet sheet = begin(quiz, t);
        long id = sheet.id();
        f.exec("update attempt set started_at = now() - interval '15 minutes 10 seconds', deadline = now() - interval '10 seconds' where id = ?", id);
        AttemptSheet done = attempts.submit(id, t, answers(sheet, 9));
        assertEquals(AttemptState.SUBMITTED, done.state());
        assertEquals(new BigDecimal("9.0000"), done.score());
        assertEquals(900L, done.durationSeconds(), "time taken stops at the deadline");
    }

    @Test
    void another_taker_cannot_read_or_answer_an_attempt() {
        long quiz = quiz("15", "3");
        Taker t = taker();
        long id = attempts.start(quiz, t, null, null).attemptId();
        Taker other = taker();
        assertEquals("error.notFound", assertThrows(Problem.class, () -> attempts.sheet(id, other)).messageKey());
        assertEquals("error.notFound", assertThrows(Problem.class, () -> attempts.save(id, other, List.of())).messageKey());
        assertEquals("error.notFound", assertThrows(Problem.class, () -> attempts.submit(id, other, List.of())).messageKey());
        assertEquals("IN_PROGRESS", f.text("select state from attempt where id = ?", id));
    }

    private static <T> List<T> parallel(int n, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(task));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> fu : futures) {
                out.add(fu.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }
}
