package vn.hocluat.training;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.learning.assign.AssignmentUrls;
import vn.hocluat.learning.cohort.CohortUrls;

/** The addresses of the training activity pages and of the public check-in, built in one place. */
final class ActivityUrls {
    static final String LIST = "/activities";
    static final String CHECKIN = "/checkin/";

    private ActivityUrls() {
    }

    static String show(long id) {
        return LIST + "/" + id;
    }

    /**
     * The page a line of the list opens: a recorded activity's own page; for the read-only online lines,
     * which only authors (who run cohorts and read completions) may open, the cohort's page or the
     * course's completions of that year (within the filtered unit).
     */
    @Nullable
    static String of(ActivityRow row, boolean author, @Nullable Long unitId) {
        return switch (row.origin()) {
            case RECORDED -> show(row.id());
            case COHORT -> author ? CohortUrls.show(row.id()) : null;
            case SELF_PACED -> author ? AssignmentUrls.with(AssignmentUrls.COMPLETIONS, AssignmentUrls.params("unitId", unitId,
                    "courseId", row.id(), "from", "01/01/" + row.year(), "to", "31/12/" + row.year())) : null;
        };
    }

    static String checkin(String code) {
        return CHECKIN + code;
    }
}
