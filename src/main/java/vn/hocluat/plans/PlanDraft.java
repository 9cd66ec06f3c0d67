package vn.hocluat.plans;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.org.AudienceGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A plan as submitted (form or JSON) after its fields were read: null where a value is missing or
 * could not be read (the reader has recorded the error). {@link PlanChecks} checks the rest.
 */
public record PlanDraft(@Nullable Long unitId, String docNumber, @Nullable LocalDate docDate, String title,
                        String issuer, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
                        boolean hybridCountsOnline, @Nullable String note,
                        List<Phase> phases, List<Target> targets) {

    /** A phase; position = its place in the list (1-based). */
    public record Phase(String name, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    /** A target; phase = the 1-based position of its phase, null for the whole plan. */
    public record Target(@Nullable Integer phase, String label, @Nullable String sourceRef, @Nullable Metric metric,
                         List<AudienceGroup> audience, List<String> topics, List<Long> courseIds,
                         @Nullable TargetWindow window, @Nullable Integer windowMonths,
                         @Nullable BigDecimal threshold, @Nullable BigDecimal bandUpper,
                         @Nullable UnitFilter unitFilter, List<Long> unitIds, Map<String, Object> params) {
    }
}
