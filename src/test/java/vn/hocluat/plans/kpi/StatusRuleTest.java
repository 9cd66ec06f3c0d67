package vn.hocluat.plans.kpi;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** DESIGN's status rule on a phase of 100 days [01/01/2026, 11/04/2026], threshold 80. */
class StatusRuleTest {
    private static final LocalDate S = LocalDate.of(2026, 1, 1);
    private static final LocalDate E = S.plusDays(100);
    private static final BigDecimal T = BigDecimal.valueOf(80);

    private static KpiStatus at(int day, long num, long den, long startNum, long startDen) {
        return StatusRule.status(T, new Count(num, den), new Count(startNum, startDen), S.plusDays(day), S, E);
    }

    @Test
    void empty_denominator_is_no_data_not_zero_percent() {
        assertEquals(KpiStatus.NO_DATA, at(50, 0, 0, 0, 0));
        assertNull(StatusRule.value(new Count(0, 0)));
    }

    @Test
    void value_at_the_threshold_is_met() {
        assertEquals(KpiStatus.MET, at(10, 4, 5, 0, 5));
    }

    @Test
    void projection_from_the_phase_start_decides_on_track_at_risk_behind() {
        // v(s) = 10, v(d) = 30 at day 25: p = 10 + 20 × 100 / 25 = 90 ≥ 80
        assertEquals(KpiStatus.ON_TRACK, at(25, 3, 10, 1, 10));
        // v(s) = 10, v(d) = 25 at day 20: p = 10 + 15 × 5 = 85 → on track; at day 25: 10 + 15 × 4 = 70 → behind (< 72)
        assertEquals(KpiStatus.ON_TRACK, at(20, 1, 4, 1, 10));
        assertEquals(KpiStatus.BEHIND, at(25, 1, 4, 1, 10));
        // v(s) = 0, v(d) = 18 at day 25: p = 72 = 0.9 × 80 → at risk
        assertEquals(KpiStatus.AT_RISK, at(25, 18, 100, 0, 100));
    }

    @Test
    void before_the_phase_and_on_its_first_day_there_is_no_projection() {
        assertEquals(KpiStatus.NO_DATA, at(-1, 1, 2, 0, 0));
        assertEquals(KpiStatus.MET, at(-1, 9, 10, 0, 0));
        // d = s: p = v(d) = 50 < 72
        assertEquals(KpiStatus.BEHIND, at(0, 1, 2, 1, 2));
        // d = e: p = v(d) = 75 ≥ 72
        assertEquals(KpiStatus.AT_RISK, at(100, 3, 4, 0, 4));
    }

    @Test
    void value_is_rounded_half_up_to_two_decimals() {
        assertEquals(new BigDecimal("66.67"), StatusRule.value(new Count(2, 3)));
        assertEquals(new BigDecimal("42.86"), StatusRule.value(new Count(3, 7)));
    }
}
