package vn.hocluat.plans;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A figure reported by hand for a target and unit, as of a day, with where it comes from. */
public record TargetReport(long id, long targetId, long unitId, String unitCode, String unitName, LocalDate asOf,
                           BigDecimal value, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
                           String sourceNote, @Nullable String reportedBy) {

    /** A report to add; null where the form's value was missing or unreadable. */
    public record Draft(@Nullable Long unitId, @Nullable LocalDate asOf, @Nullable BigDecimal value,
                        @Nullable BigDecimal numerator, @Nullable BigDecimal denominator, String sourceNote) {
    }
}
