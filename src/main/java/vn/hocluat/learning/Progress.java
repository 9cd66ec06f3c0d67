package vn.hocluat.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import vn.hocluat.learning.CourseOutline.Lesson;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;

import java.util.Optional;

/**
 * A learner's progress through a course's lessons: opening a lesson, "mark as done", and the
 * heartbeats of the media player. Each checks that the caller may view the course (404) and that
 * the lesson is a current lesson of it; progress is recorded only for enrolled learners. When a
 * lesson becomes done or the minimum time is reached, the course's completion is checked.
 */
@Singleton
public class Progress {
    /** Media counts as watched or listened to from this share of its duration. */
    static final double WATCHED = 0.95;

    private final CourseAccess access;
    private final CourseOutline outlines;
    private final Enrolments enrolments;
    private final ProgressStore store;
    private final Completions completions;

    Progress(CourseAccess access, CourseOutline outlines, Enrolments enrolments, ProgressStore store, Completions completions) {
        this.access = access;
        this.outlines = outlines;
        this.enrolments = enrolments;
        this.store = store;
        this.completions = completions;
    }

    /** A heartbeat of the player: seconds since the last one, the media position and duration (seconds), whether it ended. */
    public record Beat(int seconds, @Nullable Integer position, @Nullable Integer duration, boolean ended) {
        boolean reachedEnd() {
            return ended || position != null && duration != null && duration > 0 && position >= WATCHED * duration;
        }
    }

    /** What the player learns back: the lesson is done; the course is complete. */
    @Serdeable
    public record State(boolean done, boolean completed) {
    }

    /** The current (non-retired) lesson of a course the caller may view, by slug; 404 otherwise. */
    public Lesson lesson(@Nullable CurrentUser user, long courseId, String lessonSlug) {
        access.requireView(user, courseId);
        return outlines.outline(courseId, null).bySlug(lessonSlug).orElseThrow(Problem::notFound);
    }

    /**
     * Records the opening of a lesson by an enrolled learner (its first opening, the lesson to
     * resume at, the time spent on the lesson before); returns the enrolment, empty when the
     * caller is anonymous or not enrolled (nothing recorded).
     */
    public Optional<Enrolment> open(@Nullable CurrentUser user, long courseId, String lessonSlug) {
        Lesson lesson = lesson(user, courseId, lessonSlug);
        if (user == null) {
            return Optional.empty();
        }
        Optional<Enrolment> e = enrolments.find(user.accountId(), courseId);
        e.ifPresent(en -> after(en, store.open(en, lesson.id())));
        return e;
    }

    /** "Mark as done" of a text, document, video or audio lesson; 409 when not enrolled, 400 for a quiz lesson. */
    public State markDone(CurrentUser user, long courseId, String lessonSlug) {
        Lesson lesson = lesson(user, courseId, lessonSlug);
        if ("QUIZ".equals(lesson.kind())) {
            throw Problem.badRequest("lesson.error.quizDone");
        }
        Enrolment e = enrolled(user, courseId);
        return state(e, lesson.id(), store.markDone(e, lesson.id()));
    }

    /** A heartbeat of the player; video and audio lessons become done when the media reached its end (≥ 95 %). */
    public State beat(CurrentUser user, long courseId, String lessonSlug, Beat beat) {
        Lesson lesson = lesson(user, courseId, lessonSlug);
        Enrolment e = enrolled(user, courseId);
        boolean media = "VIDEO".equals(lesson.kind()) || "AUDIO".equals(lesson.kind());
        return state(e, lesson.id(), store.beat(e, lesson.id(), beat.seconds(), beat.position(), media && beat.reachedEnd()));
    }

    private Enrolment enrolled(CurrentUser user, long courseId) {
        return enrolments.find(user.accountId(), courseId)
                .orElseThrow(() -> new Problem(HttpStatus.CONFLICT, "lesson.error.notEnrolled"));
    }

    private State state(Enrolment e, long lessonId, ProgressStore.Outcome outcome) {
        after(e, outcome);
        boolean done = outcome.lessonDone()
                || outlines.outline(e.courseId(), e.id()).byId(lessonId).map(Lesson::done).orElse(false);
        return new State(done, completions.find(e.courseId(), e.accountId()).isPresent());
    }

    private void after(Enrolment e, ProgressStore.Outcome outcome) {
        if (outcome.worthChecking()) {
            completions.check(e.id());
        }
    }
}
