package vn.hocluat.org;

import io.micronaut.core.annotation.Nullable;

import java.text.NumberFormat;
import java.util.Locale;

/** A unit row ready for a template: population with the locale's digit grouping, urban/rural as a message key. */
record UnitView(UnitRow row, String population, String urbanKey) {

    static UnitView of(UnitRow row, Locale locale) {
        return new UnitView(row, population(row.population(), locale), urbanKey(row.urban()));
    }

    static UnitView of(Unit u, Locale locale) {
        return of(new UnitRow(u.id(), u.code(), u.name(), u.kind(), u.parentId(), null, u.depth(), u.urban(),
                u.population(), null, null), locale);
    }

    static String population(@Nullable Integer population, Locale locale) {
        return population == null ? "" : NumberFormat.getIntegerInstance(locale).format(population);
    }

    static String urbanKey(@Nullable Boolean urban) {
        return urban == null ? "unit.urban.unknown" : urban ? "unit.urban.true" : "unit.urban.false";
    }
}
