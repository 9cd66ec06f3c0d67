package vn.hocluat.training;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** Which activities to list: organising unit (with its subtree), mode, topic, date range (ActivityListing says how a line meets it), folded text; 1-based page. */
record ActivityFilter(@Nullable Long unitId, @Nullable ActivityMode mode, @Nullable String topic, @Nullable LocalDate from,
                      @Nullable LocalDate to, @Nullable String q, int page) {
}
