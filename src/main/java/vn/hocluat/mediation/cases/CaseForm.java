package vn.hocluat.mediation.cases;

import vn.hocluat.mediation.cases.CaseReports.Figures;
import vn.hocluat.platform.web.FormInvalid;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The entry form of a team's case report: its fields, read into a period and figures or field errors. */
final class CaseForm {
    static final List<String> FIELDS = List.of("period", "received", "successful", "unsuccessful", "inProgress");
    static final List<String> COUNTS = FIELDS.subList(1, FIELDS.size());
    /** More cases than any team can receive in a quarter: a typo, not a tally. */
    static final int MAX_COUNT = 100_000;

    private CaseForm() {
    }

    record Posted(CasePeriod period, Figures figures) {
    }

    /** The posted period and figures; throws {@link FormInvalid} with every field at fault. */
    static Posted read(Map<String, Object> body) {
        FormInvalid.Collector errors = new FormInvalid.Collector();
        Optional<CasePeriod> period = CasePeriod.parseAny(FormInvalid.value(body, "period"));
        if (period.isEmpty()) {
            errors.add("period", "mediation.cases.error.period");
        }
        int[] n = new int[COUNTS.size()];
        for (int i = 0; i < n.length; i++) {
            Integer v = count(FormInvalid.value(body, COUNTS.get(i)));
            if (v == null) {
                errors.add(COUNTS.get(i), "mediation.cases.error.count");
            } else {
                n[i] = v;
            }
        }
        errors.throwIfAny();
        return new Posted(period.orElseThrow(), new Figures(n[0], n[1], n[2], n[3]));
    }

    /** A whole number from 0 to {@link #MAX_COUNT} ("1.200" and "1 200" read as 1200), or null. */
    static Integer count(String text) {
        String digits = text == null ? "" : text.strip().replaceAll("[.\\s\u00a0]", "");
        if (!digits.matches("\\d{1,6}")) {
            return null;
        }
        int v = Integer.parseInt(digits);
        return v > MAX_COUNT ? null : v;
    }
}
