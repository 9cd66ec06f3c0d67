package vn.hocluat.learning.cohort;

import java.time.LocalDate;

/** A cohort's page head: the cohort, its course and organising unit. */
public record CohortView(long id, String title, long courseId, String courseTitle, String courseSlug, long unitId,
                         String unitName, LocalDate startsOn, LocalDate endsOn) {
}
