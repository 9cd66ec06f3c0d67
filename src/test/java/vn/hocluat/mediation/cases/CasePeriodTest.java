package vn.hocluat.mediation.cases;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Periods as written in addresses and files, their days, and overlap. */
class CasePeriodTest {
    @Test
    void months_and_quarters_read_in_both_forms_with_their_first_and_last_day() {
        CasePeriod oct = CasePeriod.parse("2026-10").orElseThrow();
        assertEquals(new CasePeriod(CasePeriod.Kind.MONTH, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)), oct);
        assertEquals(Optional.of(oct), CasePeriod.parseFileText("10/2026"));
        assertEquals(Optional.of(oct), CasePeriod.parseFileText("Tháng 10/2026"));
        assertEquals(Optional.of(oct), CasePeriod.parseFileText("01/10/2026"));
        CasePeriod q3 = CasePeriod.parse("2026-Q3").orElseThrow();
        assertEquals(new CasePeriod(CasePeriod.Kind.QUARTER, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)), q3);
        assertEquals(Optional.of(q3), CasePeriod.parseFileText("Quý 3/2026"));
        assertEquals(Optional.of(q3), CasePeriod.parseAny("q3/2026"));
        assertEquals(LocalDate.of(2028, 2, 29), CasePeriod.parseAny("2/2028").orElseThrow().end());
        assertEquals("2026-10|10/2026|2026-Q3|Q3/2026", oct.param() + "|" + oct.fileText() + "|" + q3.param() + "|" + q3.fileText());
    }

    @Test
    void impossible_periods_are_not_read() {
        assertEquals(Optional.empty(), CasePeriod.parseAny("13/2026"));
        assertEquals(Optional.empty(), CasePeriod.parseAny("Q5/2026"));
        assertEquals(Optional.empty(), CasePeriod.parseAny("2026-00"));
        assertEquals(Optional.empty(), CasePeriod.parseAny("10/26"));
        assertEquals(Optional.empty(), CasePeriod.parseAny(""));
    }

    @Test
    void a_month_overlaps_its_quarter_and_not_the_next() {
        CasePeriod q3 = CasePeriod.quarter(2026, 3);
        assertTrue(CasePeriod.month(2026, 9).overlaps(q3));
        assertFalse(CasePeriod.month(2026, 10).overlaps(q3));
        assertEquals(CasePeriod.month(2026, 12), CasePeriod.monthBefore(LocalDate.of(2027, 1, 15)));
    }
}
