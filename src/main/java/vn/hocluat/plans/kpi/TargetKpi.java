package vn.hocluat.plans.kpi;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One target's KPI at a unit on a day, and the same for each child unit. Numerator, denominator and
 * value are null when no metric of the catalogue computes the target's code (status NO_DATA).
 */
public record TargetKpi(long targetId, String metric, String label, BigDecimal threshold, @Nullable BigDecimal bandUpper,
                        LocalDate phaseStart, LocalDate phaseEnd, UnitKpi unit, List<UnitKpi> children) {

    /** The figures of one unit. */
    public record UnitKpi(long unitId, String unitCode, String unitName, @Nullable Long numerator,
                          @Nullable Long denominator, @Nullable BigDecimal value, KpiStatus status) {
    }
}
