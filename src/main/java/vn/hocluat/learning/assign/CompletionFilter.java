package vn.hocluat.learning.assign;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** Which completions a manager lists: a unit (with its subtree), a course, completed between two days (both included). */
public record CompletionFilter(@Nullable Long unitId, @Nullable Long courseId, @Nullable LocalDate from, @Nullable LocalDate to) {
}
