package vn.hocluat.plans.kpi;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.platform.web.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The KPI engine: every target of a plan at a unit and its child units on a day, and the persons
 * behind a number. Scope: the asked unit lies in the caller's subtree (UnitScope) and in the plan's
 * unit's subtree; the plan is of the caller's unit, an ancestor of it, or a unit of its subtree.
 * Staff only (learners are refused).
 */
@Singleton
@ReadOnly
public class KpiService {
    /** About a tenth of a second of recomputation per trend point (~1 ms per unit at 1,000,000 persons). */
    static final int TREND_UNITS_PER_POINT = 100;
    private final KpiTargets targets;
    private final KpiCatalogue catalogue;
    private final UnitScope scope;

    KpiService(KpiTargets targets, KpiCatalogue catalogue, UnitScope scope) {
        this.targets = targets;
        this.catalogue = catalogue;
        this.scope = scope;
    }

    public List<TargetKpi> kpis(CurrentUser user, long planId, String unitCode, LocalDate day) {
        return kpis(user, planId, targets.unitByCode(unitCode).orElseThrow(Problem::notFound).id(), day);
    }

    public List<TargetKpi> kpis(CurrentUser user, long planId, long unitId, LocalDate day) {
        UnitRef unit = allowed(user, planId, unitId);
        List<UnitRef> children = targets.children(unit.id());
        List<TargetKpi> out = new ArrayList<>();
        for (TargetSpec t : targets.ofPlan(planId)) {
            out.add(kpi(t, unit, children, day));
        }
        return out;
    }

    /** The persons behind the number of a target of the plan (404 when the target is another plan's). */
    public Paged<PersonRow> persons(CurrentUser user, long planId, long targetId, long unitId, LocalDate day,
                                    PersonList which, int page, int size) {
        TargetSpec t = targets.target(targetId).filter(x -> x.planId() == planId).orElseThrow(Problem::notFound);
        UnitRef unit = allowed(user, t.planId(), unitId);
        KpiMetric metric = catalogue.find(t.metric()).orElseThrow(() -> Problem.badRequest("kpi.error.noPersons", t.metric()));
        return metric.persons(t, unit, day, which, page, size);
    }

    /**
     * One target's value at one unit on each of the days (a trend), with the scope check of {@link #kpis};
     * empty when no metric of the catalogue computes the target (404 when the target is another plan's).
     * A point whose stored counts would have to be recomputed for more than {@value #TREND_UNITS_PER_POINT}
     * units is left pending (a first look at a large subtree): the night's warm-up stores it.
     */
    public List<KpiPoint> series(CurrentUser user, long planId, long targetId, long unitId, List<LocalDate> days) {
        TargetSpec t = targets.target(targetId).filter(x -> x.planId() == planId).orElseThrow(Problem::notFound);
        UnitRef unit = allowed(user, planId, unitId);
        Optional<KpiMetric> metric = catalogue.find(t.metric());
        if (metric.isEmpty()) {
            return List.of();
        }
        List<KpiPoint> out = new ArrayList<>();
        for (LocalDate day : days) {
            out.add(metric.get().computeWithin(t, unit, day, TREND_UNITS_PER_POINT)
                    .map(m -> KpiPoint.of(day, m.getOrDefault(unit.id(), Count.EMPTY)))
                    .orElseGet(() -> KpiPoint.pendingOn(day)));
        }
        return out;
    }

    /** The person lists a metric offers behind its number (none for an unknown code or a metric of activities). */
    public List<PersonList> personLists(String metric) {
        return catalogue.find(metric).map(KpiMetric::personLists).orElse(List.of());
    }

    public Optional<Long> unitId(String code) {
        return targets.unitByCode(code).map(UnitRef::id);
    }

    private UnitRef allowed(CurrentUser user, long planId, long unitId) {
        if (!user.staff()) {
            throw Problem.forbidden();
        }
        String planPath = targets.planUnitPath(planId).orElseThrow(Problem::notFound);
        scope.require(user, unitId);
        String userPath = scope.pathPrefix(user);
        if (!userPath.startsWith(planPath) && !planPath.startsWith(userPath)) {
            throw Problem.forbidden();
        }
        UnitRef unit = targets.unit(unitId).orElseThrow(Problem::notFound);
        if (!unit.path().startsWith(planPath)) {
            throw Problem.badRequest("kpi.error.unitOutsidePlan", unit.code());
        }
        return unit;
    }

    private TargetKpi kpi(TargetSpec t, UnitRef unit, List<UnitRef> children, LocalDate day) {
        Optional<KpiMetric> metric = catalogue.find(t.metric());
        Map<Long, Count> atDay = metric.map(m -> m.compute(t, unit, day)).orElse(Map.of());
        boolean projects = day.isAfter(t.phaseStart()) && day.isBefore(t.phaseEnd());
        Map<Long, Count> atStart = metric.isPresent() && projects ? metric.get().compute(t, unit, t.phaseStart()) : Map.of();
        List<TargetKpi.UnitKpi> rows = children.stream()
                .map(c -> figures(t, c, metric.isPresent(), atDay, atStart, day)).toList();
        return new TargetKpi(t.id(), t.metric(), t.label(), t.threshold(), t.bandUpper(), t.phaseStart(), t.phaseEnd(),
                figures(t, unit, metric.isPresent(), atDay, atStart, day), rows);
    }

    private static TargetKpi.UnitKpi figures(TargetSpec t, UnitRef u, boolean measured, Map<Long, Count> atDay,
                                             Map<Long, Count> atStart, LocalDate day) {
        if (!measured) {
            return new TargetKpi.UnitKpi(u.id(), u.code(), u.name(), null, null, null, KpiStatus.NO_DATA);
        }
        Count c = atDay.getOrDefault(u.id(), Count.EMPTY);
        KpiStatus status = StatusRule.status(t.threshold(), c, atStart.getOrDefault(u.id(), Count.EMPTY), day,
                t.phaseStart(), t.phaseEnd());
        return new TargetKpi.UnitKpi(u.id(), u.code(), u.name(), c.numerator(), c.denominator(), StatusRule.value(c), status);
    }
}
