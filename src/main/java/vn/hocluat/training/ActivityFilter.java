package vn.hocluat.training;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** Which activities to list: organising unit (with its subtree), mode, topic, overlapping a date range, folded text; 1-based page. */
record ActivityFilter(@Nullable Long unitId, @Nullable ActivityMode mode, @Nullable String topic, @Nullable LocalDate from,
                      @Nullable LocalDate to, @Nullable String q, int page) {
}
