package vn.hocluat.learning;

import io.micronaut.core.annotation.Nullable;

/** A learner's enrolment in a course: who, since when, from which source, and the lesson to resume at. */
public record Enrolment(long id, long courseId, long accountId, @Nullable Long personId, Source source,
                        @Nullable Long lastLessonId) {

    public enum Source {
        /** The learner enrolled themselves (the course allows it). */
        SELF,
        /** A manager assigned the course to the learner's roster person. */
        ASSIGNED,
        /** The learner's roster person is a member of a cohort of the course. */
        COHORT
    }
}
