package vn.hocluat.plans.kpi;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The JSON bodies of the KPI API: values in percent with 2 decimals, absent numbers as null. */
final class KpiApiBodies {
    private KpiApiBodies() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "TargetKpi", description = "A target at the asked unit on the asked day, with each child unit")
    record TargetKpiJson(long targetId, String metric, String label,
                         @Schema(description = "percent for shares; a band's lower bound") BigDecimal threshold,
                         @Nullable BigDecimal bandUpper, @Nullable Long numerator, @Nullable Long denominator,
                         @Schema(description = "numerator × 100 ÷ denominator; null when the denominator is 0") @Nullable BigDecimal value,
                         @Schema(description = "MET, ON_TRACK, AT_RISK, BEHIND or NO_DATA") String status,
                         List<ChildKpiJson> children) {

        static TargetKpiJson of(TargetKpi k) {
            TargetKpi.UnitKpi u = k.unit();
            return new TargetKpiJson(k.targetId(), k.metric(), k.label(), cents(k.threshold()), cents(k.bandUpper()), u.numerator(),
                    u.denominator(), u.value(), u.status().name(), k.children().stream().map(ChildKpiJson::of).toList());
        }
    }

    /** Thresholds are stored with 4 decimals; the API shows 2, like the values. */
    static @Nullable BigDecimal cents(@Nullable BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ChildKpi")
    record ChildKpiJson(String unitCode, String unitName, @Nullable Long numerator, @Nullable Long denominator,
                        @Nullable BigDecimal value, String status) {
        static ChildKpiJson of(TargetKpi.UnitKpi u) {
            return new ChildKpiJson(u.unitCode(), u.unitName(), u.numerator(), u.denominator(), u.value(), u.status().name());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "KpiPerson")
    record PersonJson(long id, String code, String fullName, String unitCode, String unitName,
                      @Schema(description = "yyyy-MM-dd: a new mediator's training deadline (list pending)") @Nullable String deadline) {
        static PersonJson of(PersonRow p) {
            return new PersonJson(p.id(), p.code(), p.fullName(), p.unitCode(), p.unitName(),
                    p.deadline() == null ? null : p.deadline().toString());
        }
    }

    @Serdeable
    @Schema(name = "KpiPersonList")
    record PersonListJson(List<PersonJson> items, long total, int page, int size) {
    }
}
