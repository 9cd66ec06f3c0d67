package vn.hocluat.learning.cohort;

/** The addresses of the cohort pages, built in one place. */
final class CohortUrls {
    static final String LIST = "/cohorts";

    private CohortUrls() {
    }

    static String show(long id) {
        return LIST + "/" + id;
    }
}
