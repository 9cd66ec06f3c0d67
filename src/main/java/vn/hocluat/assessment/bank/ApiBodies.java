package vn.hocluat.assessment.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.platform.web.Pages;

import java.util.List;

/** The JSON bodies of /api/v1/banks: enums by name, times ISO-8601, absent values as null. */
final class ApiBodies {
    private ApiBodies() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Bank")
    record BankJson(long id, long unitId, String unitCode, String unitName, String name,
                    @Nullable String description, long questions, long activeQuestions,
                    String createdAt, String updatedAt) {
        static BankJson of(BankView b) {
            return new BankJson(b.id(), b.unitId(), b.unitCode(), b.unitName(), b.name(), b.description(),
                    b.questions(), b.activeQuestions(), b.createdAt().toString(), b.updatedAt().toString());
        }
    }

    @Serdeable
    @Schema(name = "BankRequest")
    record BankRequest(@Nullable String name, @Nullable String description, @Nullable Long unitId) {
        BankInput input() {
            return new BankInput(name, description, unitId == null ? null : unitId.toString());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "BankList")
    record BankListJson(List<BankJson> items, long total, int page, int size) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "QuestionSummary")
    record QuestionSummaryJson(long id, QuestionType type, @Nullable String title, String excerpt,
                               @Nullable String category, @Nullable Difficulty difficulty, List<String> tags,
                               int currentVersion, boolean active) {
        static QuestionSummaryJson of(QuestionSummary q) {
            return new QuestionSummaryJson(q.id(), q.type(), q.title(), q.excerpt(), q.category(), q.difficulty(),
                    q.tags(), q.currentVersion(), q.active());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "QuestionList")
    record QuestionListJson(List<QuestionSummaryJson> items, long total, int page, int size) {
    }

    /** A version of a question: when, by whom, and how many attempts used it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "QuestionVersion")
    record VersionJson(int version, String createdAt, @Nullable String createdBy, long attempts) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Question")
    record QuestionJson(long id, long bankId, @Nullable String category, @Nullable Difficulty difficulty,
                        List<String> tags, boolean active, int currentVersion, QuestionContent content,
                        List<VersionJson> versions) {
        static QuestionJson of(QuestionDetail q) {
            return new QuestionJson(q.id(), q.bankId(), q.category(), q.difficulty(), q.tags(), q.active(),
                    q.currentVersion(), q.content(), q.versions().stream().map(v -> new VersionJson(v.version(),
                    v.createdAt().toString(), v.createdBy(), v.attempts())).toList());
        }
    }

    /** A question to create, or the full new state of one (its type cannot change). */
    @Serdeable
    @Schema(name = "QuestionRequest")
    record QuestionRequest(@Nullable String category,
                           @Schema(description = "EASY, MEDIUM or HARD") @Nullable String difficulty,
                           @Nullable List<String> tags, @Nullable QuestionContent content) {
        QuestionInput input() {
            return new QuestionInput(category, difficulty, tags == null ? List.of() : tags, content);
        }
    }

    @Serdeable
    record FieldErrorJson(String field, String message) {
    }

    /** 422: what is wrong, field by field; an item of a list is named like "choices.2" (0-based). */
    @Serdeable
    @Schema(name = "BankFieldErrors")
    record FieldErrorsJson(List<FieldErrorJson> errors) {
        static HttpResponse<FieldErrorsJson> of(Pages pages, HttpRequest<?> request, InvalidInputException e) {
            return HttpResponse.<FieldErrorsJson>status(HttpStatus.UNPROCESSABLE_ENTITY).body(new FieldErrorsJson(
                    e.errors().stream().map(err -> new FieldErrorJson(err.field(),
                            pages.text(request, err.messageKey(), err.args()))).toList()));
        }
    }
}
