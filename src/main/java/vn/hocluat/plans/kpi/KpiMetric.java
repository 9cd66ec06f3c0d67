package vn.hocluat.plans.kpi;

import vn.hocluat.platform.web.Paged;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One metric of DESIGN's catalogue, a bean found by {@link #code()}: later metrics (mediation, reach,
 * satisfaction) are new beans, the engine does not change. Implementations run SQL over stored facts.
 */
public interface KpiMetric {
    /** The plan_target.metric code, e.g. TRAINED_SHARE. */
    String code();

    /**
     * Numerator and denominator on {@code day} for the unit (key: the unit's id) and each of its child
     * units (key: the child's id) in one pass; a unit with nothing to count may be absent (= 0 / 0).
     */
    Map<Long, Count> compute(TargetSpec target, UnitRef unit, LocalDate day);

    /**
     * As {@link #compute}, or empty when that would mean recomputing stored counts of more than
     * {@code maxUnits} units (a trend point of a large subtree: the night's {@code KpiWarmUp} stores it).
     * Metrics that store no counts compute.
     */
    default Optional<Map<Long, Count>> computeWithin(TargetSpec target, UnitRef unit, LocalDate day, int maxUnits) {
        return Optional.of(compute(target, unit, day));
    }

    /** The roster persons behind the unit's number; a metric that counts no persons refuses (400). */
    Paged<PersonRow> persons(TargetSpec target, UnitRef unit, LocalDate day, PersonList which, int page, int size);

    /** The lists {@link #persons} answers (none when it refuses them all), so pages link only to those. */
    default List<PersonList> personLists() {
        return List.of(PersonList.COUNTED, PersonList.UNTRAINED, PersonList.ALL);
    }

}
