package vn.hocluat.plans.kpi;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The days of a trend: month ends from the start, the day last, at most 36. */
class TrendDaysTest {
    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void month_ends_from_the_start_then_the_day() {
        assertEquals(List.of(d(2025, 1, 31), d(2025, 2, 28), d(2025, 3, 10)), TrendDays.of(d(2025, 1, 15), d(2025, 3, 10)));
    }

    @Test
    void a_day_on_a_month_end_is_not_counted_twice() {
        assertEquals(List.of(d(2025, 1, 31), d(2025, 2, 28)), TrendDays.of(d(2025, 1, 1), d(2025, 2, 28)));
    }

    @Test
    void the_start_day_alone_and_nothing_before_the_start() {
        assertEquals(List.of(d(2025, 1, 1)), TrendDays.of(d(2025, 1, 1), d(2025, 1, 1)));
        assertEquals(List.of(), TrendDays.of(d(2025, 1, 1), d(2024, 12, 31)));
    }

    @Test
    void keeps_the_latest_36_points() {
        List<LocalDate> days = TrendDays.of(d(2020, 1, 1), d(2026, 2, 20));
        assertEquals(36, days.size());
        assertEquals(d(2023, 3, 31), days.get(0));
        assertEquals(d(2026, 1, 31), days.get(34));
        assertEquals(d(2026, 2, 20), days.get(35));
    }
}
