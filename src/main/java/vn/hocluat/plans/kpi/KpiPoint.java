package vn.hocluat.plans.kpi;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A target's figures at one unit on one day (a point of a trend); value null when the denominator is 0. */
public record KpiPoint(LocalDate day, long numerator, long denominator, @Nullable BigDecimal value) {
    /** For templates, where a value of 0 would read as false. */
    public boolean hasValue() {
        return value != null;
    }
}
