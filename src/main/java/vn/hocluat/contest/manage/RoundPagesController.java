package vn.hocluat.contest.manage;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.assessment.quiz.QuizTimes;
import vn.hocluat.platform.web.Pages;

import java.util.Map;

/** Editing a round (name, window) and deleting it. */
@Hidden
@Controller("/contests/manage/{id}/rounds/{roundId}")
@Secured({"ORGANISER", "MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class RoundPagesController {
    private final Pages pages;
    private final RoundService rounds;
    private final ContestPage page;

    RoundPagesController(Pages pages, RoundService rounds, ContestPage page) {
        this.pages = pages;
        this.rounds = rounds;
        this.page = page;
    }

    @Get
    HttpResponse<?> form(HttpRequest<?> request, @PathVariable long id, @PathVariable long roundId) {
        ContestService.Round r = rounds.round(ContestPage.user(request), id, roundId);
        return render(request, HttpStatus.OK, id, roundId,
                Map.of("name", r.name(), "opensAt", QuizTimes.format(r.opensAt()), "closesAt", QuizTimes.format(r.closesAt())),
                Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, @PathVariable long id, @PathVariable long roundId,
                         @Body Map<String, Object> body) {
        String name = ContestPage.field(body, "name");
        String opensAt = ContestPage.field(body, "opensAt");
        String closesAt = ContestPage.field(body, "closesAt");
        try {
            rounds.edit(ContestPage.user(request), id, roundId, name, opensAt, closesAt);
            return Pages.seeOther("/contests/manage/" + id + "#rounds");
        } catch (ContestInvalid e) {
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, id, roundId,
                    Map.of("name", name, "opensAt", opensAt, "closesAt", closesAt), page.localised(request, e));
        }
    }

    @Post(value = "/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, @PathVariable long id, @PathVariable long roundId) {
        rounds.delete(ContestPage.user(request), id, roundId);
        return Pages.seeOther("/contests/manage/" + id + "#rounds");
    }

    private HttpResponse<?> render(HttpRequest<?> request, HttpStatus status, long id, long roundId,
                                   Map<String, String> round, Map<String, String> errors) {
        return pages.render(status, request, "contest/manage-round", Map.of("contestId", id, "roundId", roundId,
                "round", round, "errors", errors, "errorCount", errors.size()));
    }
}
