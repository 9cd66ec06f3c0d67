package vn.hocluat.mediation.cases;

/** The URLs of the case-tally pages, built in one place. */
public final class CaseUrls {
    public static final String IMPORT = "/mediation/cases/import";

    private CaseUrls() {
    }

    /** The teams of a unit's subtree with their figures for the period (where the dashboard links). */
    public static String unit(long unitId, CasePeriod period) {
        return "/mediation/cases?unit=" + unitId + "&period=" + period.param();
    }

    public static String team(long teamId, CasePeriod period) {
        return "/mediation/cases/team/" + teamId + "?period=" + period.param();
    }
}
