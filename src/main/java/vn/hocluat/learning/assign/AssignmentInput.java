package vn.hocluat.learning.assign;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.org.AudienceGroup;

import java.time.LocalDate;

/**
 * A checked assignment form: the course; the target (one person, an audience group in a unit's
 * subtree, or a whole subtree); a due date or N months after a base date; a note.
 */
record AssignmentInput(long courseId, Target target, @Nullable Long personId, @Nullable AudienceGroup group,
                       @Nullable Long unitId, @Nullable LocalDate dueOn, @Nullable Integer dueMonths,
                       @Nullable DueBase dueBase, @Nullable String note) {

    enum Target { PERSON, GROUP, UNIT }

    /** What a relative deadline counts from (the view assignment_due computes it). */
    enum DueBase { ASSIGNED, RECOGNIZED, ACTIVE_FROM }
}
