package vn.hocluat.mediation.cases;

/**
 * The columns of a case-tally import file, in template order. The header a file may use is the one in
 * either language's bundle (mediation.cases.import.col.*), matched without diacritics, case or spaces.
 */
enum CaseColumn {
    UNIT_CODE, TEAM, PERIOD, RECEIVED, SUCCESSFUL, UNSUCCESSFUL, IN_PROGRESS;

    /** The four counts, in the order of {@link CaseReports.Figures}. */
    static final CaseColumn[] COUNTS = {RECEIVED, SUCCESSFUL, UNSUCCESSFUL, IN_PROGRESS};

    String headerKey() {
        return "mediation.cases.import.col." + name();
    }

    String helpKey() {
        return headerKey() + ".help";
    }
}
