package vn.hocluat.assessment;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.assessment.QuestionDraw.Drawn;
import vn.hocluat.assessment.QuestionDraw.Pick;
import vn.hocluat.assessment.QuestionDraw.Plan;

import java.util.List;
import java.util.Optional;

/**
 * The start of an attempt as one transaction of two statements: read the picked questions'
 * current versions (QuestionStore key-share-locks their rows, so an edit that would correct an
 * unused version in place waits, then sees this attempt and makes a new version), and insert the
 * attempt with those versions frozen.
 */
@Singleton
class AttemptStart {
    private final QuestionDraw draw;
    private final QuestionStore questions;
    private final AttemptStore store;

    AttemptStart(QuestionDraw draw, QuestionStore questions, AttemptStore store) {
        this.draw = draw;
        this.questions = questions;
        this.store = store;
    }

    /** What an insert came to: the new attempt with what it froze, refused (a rule forbids it), or short of questions. */
    record Outcome(@Nullable Long attemptId, @Nullable Drawn drawn, boolean shortOfQuestions) {
    }

    @Transactional
    Outcome insert(Plan plan, Taker taker, @Nullable String ip, @Nullable String userAgent) {
        Optional<List<Pick>> picks = draw.pick(plan);
        Optional<Drawn> drawn = picks.flatMap(p -> draw.freeze(p,
                questions.current(p.stream().map(Pick::questionId).toList()), plan.quiz().quiz().shuffleOptions()));
        if (drawn.isEmpty()) {
            return new Outcome(null, null, true);
        }
        Optional<Long> id = store.insert(plan.quiz().quiz().id(), taker, drawn.get(), ip, userAgent);
        return new Outcome(id.orElse(null), drawn.get(), false);
    }
}
