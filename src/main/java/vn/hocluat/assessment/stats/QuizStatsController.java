package vn.hocluat.assessment.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.assessment.RegradeService;
import vn.hocluat.assessment.quiz.QuizService;
import vn.hocluat.assessment.quiz.QuizUrls;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.platform.web.Downloads;

import java.util.HashMap;
import java.util.Map;

/** The trainer's statistics of a quiz, its XLSX export, and regrade of a question from there. */
@Hidden
@Controller("/quizzes")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class QuizStatsController {
    private final Pages pages;
    private final QuizStatsService stats;
    private final RegradeService regrades;
    private final AttemptsWorkbook workbook;

    QuizStatsController(Pages pages, QuizStatsService stats, RegradeService regrades, AttemptsWorkbook workbook) {
        this.pages = pages;
        this.stats = stats;
        this.regrades = regrades;
        this.workbook = workbook;
    }

    @Get("/{id}/stats")
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue Integer page,
                         @Nullable @QueryValue Integer regraded, @Nullable @QueryValue String skipped) {
        Map<String, Object> model = new HashMap<>();
        model.put("stats", stats.stats(author(request), id, page == null ? 1 : page));
        model.put("regraded", regraded == null ? null : regraded.toString());
        model.put("skipped", skipped != null && skipped.matches("[0-9, ]{1,200}") ? skipped : null);
        return pages.ok(request, "assessment/quiz-stats", model);
    }

    @Get("/{id}/stats.xlsx")
    HttpResponse<byte[]> export(HttpRequest<?> request, @PathVariable long id) {
        byte[] bytes = workbook.attempts(pages.locale(request), stats.allAttempts(author(request), id));
        return Downloads.attachment(bytes, Downloads.XLSX, "quiz-" + id + "-attempts.xlsx");
    }

    /** Regrades a question of this quiz with the key of the version chosen (default: its current one). */
    @Post(value = "/{id}/regrade", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> regrade(HttpRequest<?> request, @PathVariable long id, @Body Map<String, String> body) {
        CurrentUser user = author(request);
        stats.requireAuthor(user, id);
        String question = body.getOrDefault("questionId", "");
        String version = body.getOrDefault("version", "");
        if (!question.matches("\\d{1,18}") || !version.matches("\\d{1,9}")) {
            throw Problem.badRequest("quiz.regrade.badVersion");
        }
        var result = regrades.regrade(Long.parseLong(question), Integer.parseInt(version), body.get("reason"), user);
        String skipped = result.skippedVersions().isEmpty() ? ""
                : "&skipped=" + String.join(",", result.skippedVersions().stream().map(String::valueOf).toList());
        return Pages.seeOther(QuizUrls.stats(id) + "?regraded=" + result.attempts() + skipped);
    }

    private static CurrentUser author(HttpRequest<?> request) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        if (!QuizService.canWrite(user)) {
            throw Problem.forbidden();
        }
        return user;
    }
}
