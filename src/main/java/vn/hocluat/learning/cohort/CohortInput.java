package vn.hocluat.learning.cohort;

import java.time.LocalDate;

/** A checked new-cohort form: the course, its title, the organising unit and the dates (both included). */
record CohortInput(long courseId, String title, long unitId, LocalDate startsOn, LocalDate endsOn) {
}
