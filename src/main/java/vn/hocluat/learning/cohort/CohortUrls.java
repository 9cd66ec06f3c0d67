package vn.hocluat.learning.cohort;

/** The addresses of the cohort pages, built in one place (the activity list links a cohort's row to its page). */
public final class CohortUrls {
    static final String LIST = "/cohorts";

    private CohortUrls() {
    }

    public static String show(long id) {
        return LIST + "/" + id;
    }
}
