package vn.hocluat.plans.report;

import vn.hocluat.plans.Plan;
import vn.hocluat.platform.text.Dates;

import java.text.Normalizer;

/** How a report names the plan it reports on, in the words of an official document. */
final class PlanReference {

    private PlanReference() {
    }

    /**
     * "Kế hoạch số 12/KH-UBND ngày 01/01/2025 của Ủy ban nhân dân xã X về triển khai …": the number only
     * when it has a digit (seed plans carry "…/KH-UBND" or "(không ghi số)"); the plan's title without
     * its leading "Kế hoạch", after "về" unless it already starts with it.
     */
    static String of(ReportText text, Plan plan) {
        String date = Dates.format(plan.docDate());
        String head = plan.docNumber().chars().anyMatch(Character::isDigit)
                ? text.t("report.pdf.planRef", plan.docNumber().strip(), date, plan.issuer())
                : text.t("report.pdf.planRefNoNumber", date, plan.issuer());
        String about = about(text, plan.title());
        return about.isEmpty() ? head : head + " " + about;
    }

    private static String about(ReportText text, String title) {
        String t = Normalizer.normalize(title, Normalizer.Form.NFC).strip();
        String prefix = text.t("report.pdf.titlePrefix");
        boolean wordEnds = t.length() == prefix.length() || t.length() > prefix.length() && !Character.isLetterOrDigit(t.charAt(prefix.length()));
        if (wordEnds && t.regionMatches(true, 0, prefix, 0, prefix.length())) {
            t = t.substring(prefix.length()).replaceFirst("^[\\s:,.\\-–]+", "");
        }
        if (t.isEmpty()) {
            return "";
        }
        String about = text.t("report.pdf.about");
        return t.regionMatches(true, 0, about + " ", 0, about.length() + 1) ? t : about + " " + t;
    }
}
