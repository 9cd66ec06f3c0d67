package vn.hocluat.learning.assign;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * One assignment in the managers' list, with who it covers today (assignment_due): assigned,
 * completed, overdue (not completed, due before today) and due within 30 days (not completed).
 */
public record AssignmentRow(long id, long courseId, String courseTitle, String target, @Nullable String personName,
                            @Nullable String groupCode, String unitName, @Nullable LocalDate dueOn,
                            @Nullable Integer dueMonths, @Nullable String dueBase, @Nullable String note,
                            long assigned, long completed, long overdue, long dueSoon) {
}
