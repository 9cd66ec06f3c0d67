package vn.hocluat.contest.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import vn.hocluat.assessment.AttemptSheet;
import vn.hocluat.assessment.Response;
import vn.hocluat.contest.play.EntryLine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The JSON bodies of the public contest API. */
final class ApiBodies {
    private ApiBodies() {
    }

    @Serdeable
    @Schema(name = "ContestSummary")
    record ContestSummary(String slug, String title, String unitName, Instant publishedAt,
                          @Nullable Instant opensAt, @Nullable Instant closesAt) {
    }

    @Serdeable
    @Schema(name = "ContestList")
    record ContestList(List<ContestSummary> items) {
    }

    @Serdeable
    @Schema(name = "ContestRound", description = "state: UPCOMING, OPEN or CLOSED by the server clock")
    record RoundJson(long id, int position, String name, Instant opensAt, Instant closesAt, String state) {
    }

    @Serdeable
    @Schema(name = "ContestDetail", description = "attemptsPerRound null = unlimited; predictionKind NONE, FULL_SCORE_COUNT or TOTAL_ENTRANTS")
    record ContestDetail(String slug, String title, String unitName, String rulesMarkdown, String rulesHtml,
                         @Nullable Integer minAge, int timeLimitMinutes, int questionCount, @Nullable Integer attemptsPerRound,
                         String predictionKind, List<RoundJson> rounds, @Nullable Long currentRoundId) {
    }

    @Serdeable
    @Schema(name = "EntrantRegistration", description = "birthDate as yyyy-MM-dd or dd/MM/yyyy; consent to the personal-data notice is required")
    record Registration(@Nullable String phone, @Nullable String fullName, @Nullable String birthDate, @Nullable Long unitId,
                        @Nullable String idNumber, @Nullable String email, @Nullable Boolean consent) {
    }

    @Serdeable
    @Schema(name = "EntrantRegistered", description = "code: the sign-in code, shown this once only; token: send it as `Authorization: Entrant <token>`")
    record Registered(long entrantId, String code, String token) {
    }

    @Serdeable
    @Schema(name = "EntrantSignIn")
    record SignIn(@Nullable String phone, @Nullable String birthDate, @Nullable String code) {
    }

    @Serdeable
    @Schema(name = "EntrantToken", description = "send the token as `Authorization: Entrant <token>` (valid 30 days)")
    record Token(long entrantId, String token) {
    }

    @Serdeable
    @Schema(name = "ContestFieldError")
    record FieldErrorJson(String field, String message) {
    }

    @Serdeable
    @Schema(name = "ContestFieldErrors")
    record FieldErrorsJson(String message, List<FieldErrorJson> errors) {
    }

    @Serdeable
    @Schema(name = "ContestStarted", description = "resumed: the entrant's open attempt in the round was returned (200) instead of a new one (201)")
    record Started(long attemptId, boolean resumed, AttemptSheet sheet) {
    }

    @Serdeable
    @Schema(name = "ContestResponses", description = "responses by displayed question position; prediction when the contest asks one")
    record Answers(@Nullable List<Response> responses, @Nullable BigDecimal prediction) {
    }

    @Serdeable
    @Schema(name = "ContestResult", description = "finished false while the attempt is open; score and duration (server clock) once finished")
    record Result(long attemptId, long roundId, String roundName, String contestSlug, String contestTitle, boolean finished,
                  Instant startedAt, @Nullable Instant finishedAt, @Nullable Long durationMs, @Nullable BigDecimal score,
                  BigDecimal maxScore, @Nullable BigDecimal prediction) {
        static Result of(EntryLine line) {
            return new Result(line.attemptId(), line.roundId(), line.roundName(), line.contestSlug(), line.contestTitle(),
                    !line.open(), line.startedAt(), line.finishedAt(), line.durationMs(), line.score(), line.maxScore(),
                    line.prediction());
        }
    }
}
