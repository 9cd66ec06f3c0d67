package vn.hocluat.learning.xapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The xAPI 1.0.3 shapes the statements resource answers with (only the properties this platform fills). */
final class XapiJson {
    private XapiJson() {
    }

    /** A StatementResult: a page of statements in id order and the address of the next page ("" when none). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "XapiStatementResult")
    record StatementResult(List<Statement> statements, String more) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "XapiStatement")
    record Statement(String id, Agent actor, Verb verb, Activity object, @Nullable Result result, String timestamp,
                     String stored, String version) {
    }

    /** The learner's account on this platform: homePage = its public address, name = the username. */
    @Serdeable
    @Schema(name = "XapiAgent")
    record Agent(String objectType, String name, Account account) {
    }

    @Serdeable
    @Schema(name = "XapiAccount")
    record Account(String homePage, String name) {
    }

    @Serdeable
    @Schema(name = "XapiVerb")
    record Verb(String id, Map<String, String> display) {
    }

    @Serdeable
    @Schema(name = "XapiActivity")
    record Activity(String objectType, String id, Definition definition) {
    }

    @Serdeable
    @Schema(name = "XapiActivityDefinition")
    record Definition(Map<String, String> name, String type) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "XapiResult")
    record Result(@Nullable Score score, @Nullable Boolean success, @Nullable Boolean completion) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "XapiScore")
    record Score(@Nullable BigDecimal scaled, BigDecimal raw, @Nullable BigDecimal max) {
    }
}
