package vn.hocluat.learning;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.assessment.AttemptClosed;
import vn.hocluat.assessment.AttemptService;
import vn.hocluat.assessment.QuizGrade;
import vn.hocluat.assessment.Taker;

import java.util.List;
import java.util.Optional;

/**
 * Reacts to a closed quiz attempt of an account: for every current quiz lesson on that quiz in a
 * course the account is enrolled in, records the result (xAPI), the attempt's time, marks the
 * lesson done when its rule holds (passed when must-pass, else attempted) and checks the course's
 * completion. Never throws: the taker's submit has already succeeded.
 */
@Singleton
class QuizLessons {
    private static final Logger LOG = LoggerFactory.getLogger(QuizLessons.class);

    private final AttemptService attempts;
    private final Enrolments enrolments;
    private final ProgressStore store;
    private final Completions completions;

    QuizLessons(AttemptService attempts, Enrolments enrolments, ProgressStore store, Completions completions) {
        this.attempts = attempts;
        this.enrolments = enrolments;
        this.store = store;
        this.completions = completions;
    }

    @EventListener
    void onAttemptClosed(AttemptClosed event) {
        if (!Taker.ACCOUNT.equals(event.taker().kind())) {
            return;
        }
        try {
            List<ProgressStore.QuizLesson> targets = store.quizLessons(event.quizId(), event.taker().id());
            if (targets.isEmpty()) {
                return;
            }
            Optional<QuizGrade> grade = attempts.grade(event.quizId(), event.taker());
            Long seconds = attempts.sheet(event.attemptId(), event.taker()).durationSeconds();
            for (ProgressStore.QuizLesson t : targets) {
                Enrolment e = enrolments.byId(t.enrolmentId()).orElseThrow();
                boolean rule = grade.isPresent() && (!t.mustPass() || !Boolean.FALSE.equals(grade.get().passed()));
                ProgressStore.Outcome outcome = store.quizResult(e, t.lessonId(), event.quizId(), seconds == null ? 0 : seconds,
                        grade.map(QuizGrade::score).orElse(null), grade.map(QuizGrade::maxScore).orElse(null),
                        grade.map(QuizGrade::passed).orElse(null), rule);
                if (outcome.worthChecking() || rule) {
                    completions.check(e.id());
                }
            }
        } catch (RuntimeException ex) {
            LOG.error("Could not record closed attempt {} of quiz {} in courses", event.attemptId(), event.quizId(), ex);
        }
    }
}
