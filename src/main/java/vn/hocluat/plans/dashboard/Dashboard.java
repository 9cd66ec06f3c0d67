package vn.hocluat.plans.dashboard;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.plans.Plan;
import vn.hocluat.plans.kpi.KpiStatus;
import vn.hocluat.plans.kpi.TargetKpi;
import vn.hocluat.plans.kpi.UnitRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard page, the XLSX and the PDF report show for a plan at a unit on a day: every
 * target's measured KPI for the unit and each child unit, and beside it the latest figure reported by
 * hand (as of the day or before) for the same units. Measured and reported figures stay separate.
 *
 * @param trail the units from the plan's unit down to {@code unit} (for the breadcrumb and drill-up)
 */
public record Dashboard(Plan plan, UnitRef unit, List<UnitRef> trail, List<UnitRef> children, LocalDate day,
                        List<Row> targets) {

    /**
     * One target: its plan definition, its phase name (null = whole plan), the measured KPI and the
     * reported figures by unit id (the unit's own and its children's; absent = none reported).
     */
    public record Row(Plan.Target target, @Nullable String phaseName, TargetKpi kpi, Map<Long, Reported> reported) {
        /** The unit's own reported figure, if any. */
        public @Nullable Reported reportedAt(long unitId) {
            return reported.get(unitId);
        }
    }

    /**
     * A reported figure: value in percent (or per 100 for ratios), the day it is as of, where it comes
     * from, and its status against the threshold without projection (MET, AT_RISK within 90% of it, BEHIND).
     */
    public record Reported(BigDecimal value, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
                           LocalDate asOf, String sourceNote, KpiStatus status) {
    }
}
