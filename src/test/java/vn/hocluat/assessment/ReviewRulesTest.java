package vn.hocluat.assessment;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.quiz.QuizInput;
import vn.hocluat.assessment.quiz.QuizService;
import vn.hocluat.assessment.quiz.QuizTimes;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.TestDatabase;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a taker sees after submitting, by review mode and time. */
@MicronautTest(transactional = false)
class ReviewRulesTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    AttemptService attempts;
    @Inject
    QuizService quizzes;

    QuizFixtures f;
    long commune;
    CurrentUser trainer;
    long bank;

    @BeforeAll
    void setUp() {
        f = new QuizFixtures(context);
        commune = f.commune(f.province());
        trainer = f.user("TRAINER", commune);
        bank = f.bankOfSingles(commune, "Ngân hàng xem lại", 3, "Câu ", 1);
    }

    long quiz(String mode, String when, String closeAt) {
        return quizzes.create(trainer, new QuizInput("Đề xem lại", null, Long.toString(commune), "10", null, closeAt, null, null,
                "HIGHEST", "50", false, false, mode, when,
                List.of(new QuizInput.RuleInput("DRAW", Long.toString(bank), null, null, null, "3", null, "1"))));
    }

    /** Starts and submits with every answer right except the last. */
    AttemptSheet takeAndSubmit(long quiz, Taker t) {
        long id = attempts.start(quiz, t, null, null).attemptId();
        AttemptSheet open = attempts.sheet(id, t);
        open.questions().forEach(q -> q.options().forEach(o -> {
            assertNull(o.correct());
            assertNull(o.feedbackHtml());
        }));
        open.questions().forEach(q -> assertNull(q.generalFeedbackHtml()));
        List<Response> rs = open.questions().stream().map(q -> Response.chosen(List.of(
                q.options().stream().filter(o -> o.text().startsWith(q.number() < 3 ? "R" : "W")).findFirst().orElseThrow().position()))).toList();
        return attempts.submit(id, t, rs);
    }

    Taker taker() {
        return Taker.account(f.user("LEARNER", commune).accountId());
    }

    @Test
    void score_only_shows_the_score_and_no_question() {
        AttemptSheet done = takeAndSubmit(quiz("SCORE_ONLY", "IMMEDIATELY", null), taker());
        assertTrue(done.reviewOpen());
        assertEquals(new BigDecimal("2.0000"), done.score());
        assertEquals(Boolean.TRUE, done.passed(), "2 of 3 ≥ 50%");
        assertEquals(List.of(), done.questions());
    }

    @Test
    void correct_answers_mark_the_key_but_give_no_feedback() {
        AttemptSheet done = takeAndSubmit(quiz("CORRECT_ANSWERS", "IMMEDIATELY", null), taker());
        assertEquals(3, done.questions().size());
        SheetQuestion last = done.questions().get(2);
        assertEquals(new BigDecimal("0.0000000"), last.fraction());
        assertEquals(List.of(true), last.options().stream().filter(SheetQuestion.SheetOption::chosen).map(o -> !o.correct()).toList());
        assertTrue(done.questions().stream().flatMap(q -> q.options().stream()).allMatch(o -> o.feedbackHtml() == null));
        assertNull(last.generalFeedbackHtml());
    }

    @Test
    void feedback_mode_adds_the_chosen_options_feedback_and_the_general_feedback() {
        AttemptSheet done = takeAndSubmit(quiz("FEEDBACK", "IMMEDIATELY", null), taker());
        SheetQuestion first = done.questions().get(0);
        assertEquals(List.of("Đúng: R1"), first.options().stream().filter(SheetQuestion.SheetOption::chosen).map(SheetQuestion.SheetOption::feedbackHtml).toList());
        assertEquals("Giải thích chung", first.generalFeedbackHtml());
    }

    @Test
    void after_close_hides_score_and_answers_until_the_quiz_closes() {
        String close = QuizTimes.format(Instant.now().plus(2, ChronoUnit.DAYS));
        long quiz = quiz("FEEDBACK", "AFTER_CLOSE", close);
        Taker t = taker();
        AttemptSheet done = takeAndSubmit(quiz, t);
        assertFalse(done.reviewOpen());
        assertNull(done.score());
        assertNull(done.passed());
        assertEquals(List.of(), done.questions());
        QuizStatus status = attempts.status(quiz, t);
        assertNull(status.attempts().get(0).score());
        assertNull(status.grade());
        assertEquals(new BigDecimal("2.0000"), attempts.grade(quiz, t).orElseThrow().score(), "courses and contests read the grade anyway");

        f.exec("update quiz set close_at = now() - interval '1 minute' where id = ?", quiz);
        AttemptSheet later = attempts.sheet(done.id(), t);
        assertTrue(later.reviewOpen());
        assertEquals(new BigDecimal("2.0000"), later.score());
        assertEquals(3, later.questions().size());
        assertEquals(new BigDecimal("2.0000"), attempts.status(quiz, t).grade().score());
    }
}
