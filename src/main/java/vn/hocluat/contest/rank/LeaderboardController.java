package vn.hocluat.contest.rank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.assessment.quiz.QuizTimes;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Params;

import java.util.HashMap;
import java.util.Map;

/** The public leaderboard page of a contest round: top 100, names masked, labelled provisional or final. */
@Hidden
@Controller("/thi/{slug}/bang-xep-hang")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LeaderboardController {
    private final Pages pages;
    private final Leaderboards boards;

    LeaderboardController(Pages pages, Leaderboards boards) {
        this.pages = pages;
        this.boards = boards;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable String slug, @Nullable @QueryValue String vong) {
        Leaderboards.Board b = boards.board(slug, Params.id(vong, "vong"));
        Map<String, Object> model = new HashMap<>();
        model.put("board", b);
        model.put("frozenAt", b.frozenAt() == null ? null : QuizTimes.format(b.frozenAt()));
        model.put("multipleRounds", b.rounds().size() > 1);
        return pages.ok(request, "contest/review/leaderboard", model);
    }
}
