package vn.hocluat.contest.rank;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A round's public leaderboard over JSON (for a mobile app or a Zalo mini-app). */
@Controller("/api/v1/contests/{slug}/rounds/{roundId}/leaderboard")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "contests")
class LeaderboardApi {
    private final Leaderboards boards;

    LeaderboardApi(Leaderboards boards) {
        this.boards = boards;
    }

    @Operation(operationId = "contestRoundLeaderboard", summary = "The top 100 of a contest round, names masked",
            description = "provisional = true while the round is open or not yet frozen (the prediction tie-break is not applied "
                    + "because its actual value is unknown); false with frozenAt once the ranking is frozen at close. "
                    + "Refreshed at most every 30 seconds.")
    @ApiResponse(responseCode = "200", description = "the leaderboard")
    @ApiResponse(responseCode = "404", description = "unknown contest or round, contest not published, round not opened yet")
    @Get
    Leaderboards.Board leaderboard(@Parameter(description = "the contest's public slug") @PathVariable String slug,
                                   @Parameter(description = "a round of the contest") @PathVariable long roundId) {
        return boards.board(slug, roundId);
    }
}
