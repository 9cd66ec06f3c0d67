package vn.hocluat.plans.kpi;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A target's figures at one unit on one day (a point of a trend); value null when the denominator is 0
 * or when the point is {@code pending}: not computed on a page view, as it would recompute the stored
 * counts of too many units (the night's warm-up stores it).
 */
public record KpiPoint(LocalDate day, long numerator, long denominator, @Nullable BigDecimal value, boolean pending) {
    static KpiPoint of(LocalDate day, Count c) {
        return new KpiPoint(day, c.numerator(), c.denominator(), StatusRule.value(c), false);
    }

    static KpiPoint pendingOn(LocalDate day) {
        return new KpiPoint(day, 0, 0, null, true);
    }

    /** For templates, where a value of 0 would read as false. */
    public boolean hasValue() {
        return value != null;
    }
}
