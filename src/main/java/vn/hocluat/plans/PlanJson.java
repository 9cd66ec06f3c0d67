package vn.hocluat.plans;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a plan: what GET /api/v1/plans/{id} returns and POST /api/v1/plans accepts (ids are
 * ignored there). Dates ISO yyyy-MM-dd; units by code; a target's phase by its 1-based position.
 */
final class PlanJson {
    private PlanJson() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Plan")
    record PlanBody(@Nullable Long id,
                    @Schema(description = "code of the plan's unit") @Nullable String unitCode,
                    @Nullable String docNumber,
                    @Schema(description = "yyyy-MM-dd") @Nullable String docDate,
                    @Nullable String title, @Nullable String issuer,
                    @Schema(description = "yyyy-MM-dd") @Nullable String startsOn,
                    @Schema(description = "yyyy-MM-dd") @Nullable String endsOn,
                    @Schema(description = "ONLINE_ACTIVITY_SHARE: HYBRID counts as online; default true") @Nullable Boolean hybridCountsOnline,
                    @Nullable String note,
                    @Nullable List<PhaseBody> phases,
                    @Nullable List<TargetBody> targets) {

        static PlanBody of(Plan p) {
            return new PlanBody(p.id(), p.unitCode(), p.docNumber(), p.docDate().toString(), p.title(), p.issuer(),
                    p.startsOn().toString(), p.endsOn().toString(), p.hybridCountsOnline(), p.note(),
                    p.phases().stream().map(ph -> new PhaseBody(ph.id(), ph.name(), ph.startsOn().toString(),
                            ph.endsOn().toString())).toList(),
                    p.targets().stream().map(t -> new TargetBody(t.id(), t.phasePosition(p.phases()), t.label(),
                            t.sourceRef(), t.metric().name(), t.audience().stream().map(Enum::name).toList(), t.topics(),
                            t.courseSlugs(), t.window().name(), t.windowMonths(), t.threshold(), t.bandUpper(),
                            t.unitFilter().name(), t.unitCodes(), t.params())).toList());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PlanPhase")
    record PhaseBody(@Nullable Long id, @Nullable String name,
                     @Schema(description = "yyyy-MM-dd") @Nullable String startsOn,
                     @Schema(description = "yyyy-MM-dd") @Nullable String endsOn) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PlanTarget")
    record TargetBody(@Nullable Long id,
                      @Schema(description = "1-based position of the phase in phases; null: the whole plan") @Nullable Integer phase,
                      @Nullable String label,
                      @Schema(description = "where the document says it: section and a short quote") @Nullable String sourceRef,
                      @Schema(description = "a metric code of the catalogue, e.g. TRAINED_SHARE") @Nullable String metric,
                      @Schema(description = "audience groups: OFFICIAL, ARMED_FORCES, REPORTER, PROPAGANDIST, TEACHER, MEDIATOR, TRAINER, CITIZEN")
                      @Nullable List<String> audience,
                      @Nullable List<String> topics,
                      @Schema(description = "MATERIAL_ACCESS_SHARE: slugs of the designated courses") @Nullable List<String> courses,
                      @Schema(description = "PLAN, PHASE or MONTHS; default PLAN") @Nullable String window,
                      @Schema(description = "with window MONTHS: the number of months") @Nullable Integer windowMonths,
                      @Schema(description = "percent (80 = 80%), or per 100 teams for TRAINER_RATIO; a band's lower bound")
                      @Nullable BigDecimal threshold,
                      @Schema(description = "a band's upper bound") @Nullable BigDecimal bandUpper,
                      @Schema(description = "ALL, URBAN, RURAL, PILOT or LISTED; default ALL") @Nullable String unitFilter,
                      @Schema(description = "LISTED: codes of units in the plan's subtree") @Nullable List<String> unitCodes,
                      @Schema(description = "metric settings, e.g. {\"months\": 6}") @Nullable Map<String, Object> params) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PlanSummary")
    record PlanSummary(long id, String unitCode, String unitName, String docNumber, String docDate, String title,
                       String issuer, String startsOn, String endsOn, boolean editable) {
    }

    @Serdeable
    @Schema(name = "PlanFieldError")
    record FieldErrorJson(String field, String message) {
    }

    @Serdeable
    @Schema(name = "PlanFieldErrors")
    record FieldErrorsJson(List<FieldErrorJson> errors) {
    }
}
