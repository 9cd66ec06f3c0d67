package vn.hocluat.plans;

import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.text.Dates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The rules of a plan, its phases and its targets. Field names are those of the JSON body
 * ("phases[0].startsOn", "targets[2].threshold"); the pages pass an empty prefix for one part.
 */
final class PlanChecks {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PlanChecks() {
    }

    static void head(PlanDraft d, FormInvalid.Collector errors) {
        text(errors, "docNumber", d.docNumber(), 100);
        text(errors, "title", d.title(), 500);
        text(errors, "issuer", d.issuer(), 300);
        required(errors, "docDate", d.docDate());
        required(errors, "startsOn", d.startsOn());
        required(errors, "endsOn", d.endsOn());
        if (d.startsOn() != null && d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            errors.add("endsOn", "plan.error.endBeforeStart");
        }
    }

    /** A phase at index i of the plan's phases (previous = the one before it, or null). */
    static void phase(String prefix, PlanDraft.Phase p, PlanDraft.Phase previous, LocalDate planStart, LocalDate planEnd,
                      FormInvalid.Collector errors) {
        text(errors, prefix + "name", p.name(), 200);
        required(errors, prefix + "startsOn", p.startsOn());
        required(errors, prefix + "endsOn", p.endsOn());
        if (p.startsOn() == null || p.endsOn() == null) {
            return;
        }
        if (p.endsOn().isBefore(p.startsOn())) {
            errors.add(prefix + "endsOn", "plan.error.endBeforeStart");
        }
        if (planStart != null && planEnd != null && (p.startsOn().isBefore(planStart) || p.endsOn().isAfter(planEnd))) {
            errors.add(prefix + "startsOn", "plan.error.phaseOutsidePlan", Dates.format(planStart), Dates.format(planEnd));
        }
        if (previous != null && previous.endsOn() != null && !p.startsOn().isAfter(previous.endsOn())) {
            errors.add(prefix + "startsOn", "plan.error.phaseOrder", previous.name(), Dates.format(previous.endsOn()));
        }
    }

    /** A target; phases = the plan's phases (for its phase position); inPlanScope: a unit of the plan's subtree. */
    static void target(String prefix, PlanDraft.Target t, int phases, LongPredicate inPlanScope, FormInvalid.Collector errors) {
        text(errors, prefix + "label", t.label(), 1000);
        if (t.sourceRef() != null && t.sourceRef().length() > 300) {
            errors.add(prefix + "sourceRef", "plan.error.tooLong", 300);
        }
        if (t.metric() == null && !errors.has(prefix + "metric")) {
            errors.add(prefix + "metric", "plan.error.required");
        }
        if (t.phase() != null && (t.phase() < 1 || t.phase() > phases)) {
            errors.add(prefix + "phase", "plan.error.phaseUnknown", t.phase());
        }
        if (t.window() == TargetWindow.PHASE && t.phase() == null) {
            errors.add(prefix + "window", "plan.error.phaseWindowNeedsPhase");
        }
        if (t.window() == TargetWindow.MONTHS && (t.windowMonths() == null || t.windowMonths() < 1)) {
            errors.add(prefix + "windowMonths", "plan.error.monthsRequired");
        }
        if (t.window() != TargetWindow.MONTHS && t.windowMonths() != null) {
            errors.add(prefix + "windowMonths", "plan.error.monthsOnlyForMonths");
        }
        threshold(prefix, t, errors);
        if (t.unitFilter() == UnitFilter.LISTED && t.unitIds().isEmpty() && !errors.has(prefix + "unitIds")) {
            errors.add(prefix + "unitIds", "plan.error.unitsRequired");
        }
        if (t.unitFilter() != UnitFilter.LISTED && !t.unitIds().isEmpty()) {
            errors.add(prefix + "unitIds", "plan.error.unitsOnlyForListed");
        }
        for (long id : t.unitIds()) {
            if (!inPlanScope.test(id)) {
                errors.add(prefix + "unitIds", "plan.error.unitOutsidePlan");
                break;
            }
        }
    }

    private static void threshold(String prefix, PlanDraft.Target t, FormInvalid.Collector errors) {
        if (t.threshold() == null) {
            if (!errors.has(prefix + "threshold")) {
                errors.add(prefix + "threshold", "plan.error.required");
            }
            return;
        }
        boolean share = t.metric() == null || !t.metric().ratio();
        for (var v : new Object[][] {{"threshold", t.threshold()}, {"bandUpper", t.bandUpper()}}) {
            BigDecimal n = (BigDecimal) v[1];
            if (n != null && (n.signum() < 0 || (share && n.compareTo(HUNDRED) > 0) || n.compareTo(BigDecimal.valueOf(99999)) > 0)) {
                errors.add(prefix + v[0], share ? "plan.error.percentRange" : "plan.error.negative");
            }
        }
        if (t.bandUpper() != null && t.bandUpper().compareTo(t.threshold()) < 0) {
            errors.add(prefix + "bandUpper", "plan.error.bandBelow");
        }
    }

    static void text(FormInvalid.Collector errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(field, "plan.error.required");
        } else if (value.length() > max) {
            errors.add(field, "plan.error.tooLong", max);
        }
    }

    static void required(FormInvalid.Collector errors, String field, Object value) {
        if (value == null && !errors.has(field)) {
            errors.add(field, "plan.error.required");
        }
    }

    /** Every check of a whole plan, as the JSON body names its fields. */
    static void all(PlanDraft d, LongPredicate inPlanScope, FormInvalid.Collector errors) {
        head(d, errors);
        List<PlanDraft.Phase> ps = d.phases();
        for (int i = 0; i < ps.size(); i++) {
            phase("phases[" + i + "].", ps.get(i), i == 0 ? null : ps.get(i - 1), d.startsOn(), d.endsOn(), errors);
        }
        for (int i = 0; i < d.targets().size(); i++) {
            target("targets[" + i + "].", d.targets().get(i), ps.size(), inPlanScope, errors);
        }
    }
}
