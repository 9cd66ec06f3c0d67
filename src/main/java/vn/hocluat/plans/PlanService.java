package vn.hocluat.plans;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.plans.PlanJson.PlanBody;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Problem;

import java.util.List;

/**
 * Plans with their scope: a staff member reads the plans of units in their subtree and of the units
 * above theirs (the province's plan applies to its communes); managers and admins of the plan's
 * unit or above edit it. Every read and write checks it here.
 */
@Singleton
public class PlanService {
    private final PlanStore store;
    private final UnitScope scope;

    PlanService(PlanStore store, UnitScope scope) {
        this.store = store;
        this.scope = scope;
    }

    @ReadOnly
    public List<Plan> list(CurrentUser user) {
        requireStaff(user);
        return store.visible(scope.pathPrefix(user));
    }

    /** The plan with phases and targets; 404 unknown, 403 when it does not apply to the user's unit. */
    @ReadOnly
    public Plan get(CurrentUser user, long id) {
        requireStaff(user);
        Plan p = store.find(id).orElseThrow(Problem::notFound);
        String mine = scope.pathPrefix(user);
        String its = store.unitPath(p.unitId());
        if (!its.startsWith(mine) && !mine.startsWith(its)) {
            throw Problem.forbidden();
        }
        return p;
    }

    public boolean editable(CurrentUser user, Plan plan) {
        return user.manager() && scope.contains(user, plan.unitId());
    }

    /** The plan, for a change: 403 unless the user may edit it. */
    @ReadOnly
    public Plan forEdit(CurrentUser user, long id) {
        Plan p = get(user, id);
        if (!editable(user, p)) {
            throw Problem.forbidden();
        }
        return p;
    }

    /** Creates a plan from its JSON (ids ignored), all or nothing; FormInvalid names the JSON fields. */
    @Transactional
    public Plan create(CurrentUser user, PlanBody body) {
        FormInvalid.Collector errors = new FormInvalid.Collector();
        PlanDraft d = checked(user, body, errors);
        errors.throwIfAny();
        long id = store.insert(d, user.accountId());
        store.replaceParts(id, d);
        return store.find(id).orElseThrow();
    }

    /** The errors that {@link #create} would refuse the body for (empty: it would be created); writes nothing. */
    @ReadOnly
    public List<FormInvalid.FieldError> check(CurrentUser user, PlanBody body) {
        FormInvalid.Collector errors = new FormInvalid.Collector();
        checked(user, body, errors);
        try {
            errors.throwIfAny();
            return List.of();
        } catch (FormInvalid e) {
            return e.errors();
        }
    }

    private PlanDraft checked(CurrentUser user, PlanBody body, FormInvalid.Collector errors) {
        requireManager(user);
        PlanDraft d = PlanBodyReader.read(body, store::unitByCode, store::courseBySlug, errors);
        if (d.unitId() != null) {
            scope.require(user, d.unitId());
        }
        PlanChecks.all(d, inSubtreeOf(d.unitId()), errors);
        return d;
    }

    /** The plan of this unit with this document number, if there is one (what the dev sample loader skips). */
    @ReadOnly
    public java.util.Optional<Long> existing(String unitCode, String docNumber) {
        return store.unitByCode(unitCode).flatMap(u -> store.findByDoc(u, docNumber));
    }

    /** Creates a plan without phases or targets (the page form); field names as in the JSON. */
    @Transactional
    public long createHead(CurrentUser user, PlanDraft d, FormInvalid.Collector errors) {
        requireManager(user);
        if (d.unitId() == null) {
            errors.add("unitId", "plan.error.required");
        } else {
            scope.require(user, d.unitId());
        }
        PlanChecks.head(d, errors);
        errors.throwIfAny();
        return store.insert(d, user.accountId());
    }

    /** Replaces the head of a plan (not its unit); its phases must stay within the new dates. */
    @Transactional
    public void updateHead(CurrentUser user, long id, PlanDraft d, FormInvalid.Collector errors) {
        Plan p = forEdit(user, id);
        PlanDraft merged = new PlanDraft(p.unitId(), d.docNumber(), d.docDate(), d.title(), d.issuer(), d.startsOn(),
                d.endsOn(), d.hybridCountsOnline(), d.note(), p.draft().phases(), p.draft().targets());
        PlanChecks.head(merged, errors);
        if (!errors.has("startsOn") && !errors.has("endsOn") && merged.startsOn() != null && merged.endsOn() != null) {
            for (Plan.Phase ph : p.phases()) {
                if (ph.startsOn().isBefore(merged.startsOn()) || ph.endsOn().isAfter(merged.endsOn())) {
                    errors.add("startsOn", "plan.error.phasesOutside", ph.name());
                    break;
                }
            }
        }
        errors.throwIfAny();
        store.updateHead(id, merged);
    }

    /** True when the unit lies in the subtree of the plan's unit (a LISTED filter, a reported figure). */
    java.util.function.LongPredicate inSubtreeOf(Long planUnitId) {
        if (planUnitId == null) {
            return unit -> true;
        }
        String root = store.unitPath(planUnitId);
        return unit -> {
            String path = store.unitPath(unit);
            return path != null && root != null && path.startsWith(root);
        };
    }

    static void requireStaff(CurrentUser user) {
        if (!user.staff()) {
            throw Problem.forbidden();
        }
    }

    static void requireManager(CurrentUser user) {
        if (!user.manager()) {
            throw Problem.forbidden();
        }
    }
}
