package vn.hocluat.plans.kpi;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** A roster person behind a KPI number; {@code deadline} is the training deadline of a new mediator. */
public record PersonRow(long id, String code, String fullName, String unitCode, String unitName,
                        @Nullable LocalDate deadline) {
}
