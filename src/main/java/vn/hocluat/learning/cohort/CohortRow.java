package vn.hocluat.learning.cohort;

import java.time.LocalDate;

/** A cohort in the list: course, organising unit, dates, members and members who completed within it. */
public record CohortRow(long id, String title, long courseId, String courseTitle, long unitId, String unitName,
                        LocalDate startsOn, LocalDate endsOn, long members, long completed) {
}
