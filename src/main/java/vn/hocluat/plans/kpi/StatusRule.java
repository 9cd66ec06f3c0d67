package vn.hocluat.plans.kpi;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * DESIGN "Status" with threshold t (a band's lower bound) at day d in the phase [s, e]: NO_DATA when
 * the denominator is 0; MET when v(d) ≥ t; otherwise p = v(s) + (v(d) − v(s)) × (e − s) / (d − s):
 * ON_TRACK when p ≥ t, AT_RISK when p ≥ 0.9 t, else BEHIND. Where DESIGN is silent: before the phase
 * starts (d &lt; s) there is no projection and the status is NO_DATA unless MET; on d = s, and from the
 * phase end on (d ≥ e), p = v(d); v(s) with a zero denominator counts as 0.
 */
final class StatusRule {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal AT_RISK_SHARE = new BigDecimal("0.9");

    private StatusRule() {
    }

    /** numerator × 100 ÷ denominator, exact to 2 decimals (half up); null when the denominator is 0. */
    static @Nullable BigDecimal value(Count c) {
        if (c.denominator() == 0) {
            return null;
        }
        return BigDecimal.valueOf(c.numerator()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(c.denominator()), 2, RoundingMode.HALF_UP);
    }

    static KpiStatus status(BigDecimal threshold, Count atDay, Count atStart, LocalDate day, LocalDate start, LocalDate end) {
        if (atDay.denominator() == 0) {
            return KpiStatus.NO_DATA;
        }
        BigDecimal vd = exact(atDay);
        if (vd.compareTo(threshold) >= 0) {
            return KpiStatus.MET;
        }
        if (day.isBefore(start)) {
            return KpiStatus.NO_DATA;
        }
        BigDecimal p = vd;
        if (day.isAfter(start) && day.isBefore(end)) {
            BigDecimal vs = atStart.denominator() == 0 ? BigDecimal.ZERO : exact(atStart);
            BigDecimal span = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end));
            BigDecimal elapsed = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, day));
            p = vs.add(vd.subtract(vs).multiply(span).divide(elapsed, MC));
        }
        if (p.compareTo(threshold) >= 0) {
            return KpiStatus.ON_TRACK;
        }
        return p.compareTo(threshold.multiply(AT_RISK_SHARE)) >= 0 ? KpiStatus.AT_RISK : KpiStatus.BEHIND;
    }

    private static BigDecimal exact(Count c) {
        return BigDecimal.valueOf(c.numerator()).multiply(HUNDRED).divide(BigDecimal.valueOf(c.denominator()), MC);
    }
}
