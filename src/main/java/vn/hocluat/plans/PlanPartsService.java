package vn.hocluat.plans;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Phases and targets of a plan, one at a time (the pages): the same rules as a whole plan, with
 * field names without prefix. Only who may edit the plan changes them.
 */
@Singleton
public class PlanPartsService {
    private final PlanService plans;
    private final PlanStore store;

    PlanPartsService(PlanService plans, PlanStore store) {
        this.plans = plans;
        this.store = store;
    }

    /** Adds (phaseId null, at the end) or replaces a phase; phases follow one another inside the plan. */
    @Transactional
    public void savePhase(CurrentUser user, long planId, Long phaseId, PlanDraft.Phase phase, FormInvalid.Collector errors) {
        Plan p = plans.forEdit(user, planId);
        List<Plan.Phase> list = p.phases();
        int index = list.size();
        if (phaseId != null) {
            index = indexOf(list.stream().map(Plan.Phase::id).toList(), phaseId);
        }
        PlanDraft.Phase previous = index == 0 ? null : draft(list.get(index - 1));
        PlanChecks.phase("", phase, previous, p.startsOn(), p.endsOn(), errors);
        if (index + 1 < list.size() && phase.endsOn() != null && !errors.has("endsOn")
                && !phase.endsOn().isBefore(list.get(index + 1).startsOn())) {
            errors.add("endsOn", "plan.error.phaseOverlapsNext", list.get(index + 1).name());
        }
        errors.throwIfAny();
        if (phaseId == null) {
            store.insertPhase(planId, phase);
        } else {
            store.updatePhase(phaseId, phase);
        }
    }

    /** Deletes a phase that no target refers to. */
    @Transactional
    public void deletePhase(CurrentUser user, long planId, long phaseId) {
        Plan p = plans.forEdit(user, planId);
        indexOf(p.phases().stream().map(Plan.Phase::id).toList(), phaseId);
        if (p.targets().stream().anyMatch(t -> Long.valueOf(phaseId).equals(t.phaseId()))) {
            throw Problem.badRequest("plan.error.phaseHasTargets");
        }
        store.deletePart("plan_phase", planId, phaseId);
    }

    /** Adds (targetId null, at the end) or replaces a target. */
    @Transactional
    public void saveTarget(CurrentUser user, long planId, Long targetId, PlanDraft.Target t, FormInvalid.Collector errors) {
        Plan p = plans.forEdit(user, planId);
        if (targetId != null) {
            indexOf(p.targets().stream().map(Plan.Target::id).toList(), targetId);
        }
        PlanChecks.target("", t, p.phases().size(), plans.inSubtreeOf(p.unitId()), errors);
        errors.throwIfAny();
        Long phaseId = t.phase() == null ? null : p.phases().get(t.phase() - 1).id();
        if (targetId == null) {
            store.insertTarget(planId, null, phaseId, t);
        } else {
            store.updateTarget(targetId, phaseId, t);
        }
    }

    @Transactional
    public void deleteTarget(CurrentUser user, long planId, long targetId) {
        Plan p = plans.forEdit(user, planId);
        indexOf(p.targets().stream().map(Plan.Target::id).toList(), targetId);
        store.deletePart("plan_target", planId, targetId);
    }

    private static PlanDraft.Phase draft(Plan.Phase p) {
        return new PlanDraft.Phase(p.name(), p.startsOn(), p.endsOn());
    }

    /** The index of a part of this plan; 404 when the id is not one of its parts. */
    private static int indexOf(List<Long> ids, long id) {
        int i = new ArrayList<>(ids).indexOf(id);
        if (i < 0) {
            throw Problem.notFound();
        }
        return i;
    }
}
