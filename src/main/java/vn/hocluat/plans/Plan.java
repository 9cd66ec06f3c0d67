package vn.hocluat.plans;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.org.AudienceGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A stored plan with its phases and targets, in position order. */
public record Plan(long id, long unitId, String unitCode, String unitName, String docNumber, LocalDate docDate,
                   String title, String issuer, LocalDate startsOn, LocalDate endsOn, boolean hybridCountsOnline,
                   @Nullable String note, List<Phase> phases, List<Target> targets) {

    public record Phase(long id, int position, String name, LocalDate startsOn, LocalDate endsOn) {
    }

    /** unitCodes and courseSlugs: the codes of unitIds and the slugs of courseIds, in the same order. */
    public record Target(long id, @Nullable Long phaseId, int position, String label, @Nullable String sourceRef,
                         Metric metric, List<AudienceGroup> audience, List<String> topics, List<Long> courseIds,
                         List<String> courseSlugs, TargetWindow window, @Nullable Integer windowMonths, BigDecimal threshold,
                         @Nullable BigDecimal bandUpper, UnitFilter unitFilter, List<Long> unitIds,
                         List<String> unitCodes, Map<String, Object> params) {

        /** The 1-based position of its phase among the plan's phases, null for the whole plan. */
        public @Nullable Integer phasePosition(List<Phase> phases) {
            for (Phase p : phases) {
                if (phaseId != null && p.id() == phaseId) {
                    return p.position();
                }
            }
            return null;
        }
    }

    /** Plan as a draft (for re-validation after a change to one of its parts). */
    public PlanDraft draft() {
        return new PlanDraft(unitId, docNumber, docDate, title, issuer, startsOn, endsOn, hybridCountsOnline, note,
                phases.stream().map(p -> new PlanDraft.Phase(p.name(), p.startsOn(), p.endsOn())).toList(),
                targets.stream().map(t -> new PlanDraft.Target(t.phasePosition(phases), t.label(), t.sourceRef(),
                        t.metric(), t.audience(), t.topics(), t.courseIds(), t.window(), t.windowMonths(),
                        t.threshold(), t.bandUpper(), t.unitFilter(), t.unitIds(), t.params())).toList());
    }
}
