package vn.hocluat.assessment.attempt;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import vn.hocluat.assessment.AttemptService;
import vn.hocluat.assessment.Taker;
import vn.hocluat.assessment.quiz.QuizService;
import vn.hocluat.assessment.quiz.QuizService.Access;
import vn.hocluat.assessment.quiz.QuizTimes;
import vn.hocluat.assessment.quiz.QuizUrls;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.HashMap;
import java.util.Map;

/** A quiz's page: its rules and timing, the taker's attempts and grade, start or resume; links for its authors. */
@Hidden
@Controller("/quizzes")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class QuizIntroController {
    private final Pages pages;
    private final QuizService quizzes;
    private final AttemptService attempts;

    QuizIntroController(Pages pages, QuizService quizzes, AttemptService attempts) {
        this.pages = pages;
        this.quizzes = quizzes;
        this.attempts = attempts;
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String saved) {
        CurrentUser user = user(request);
        Access access = quizzes.access(user, id);
        Map<String, Object> model = new HashMap<>();
        var q = access.quiz().quiz();
        model.put("quiz", q);
        model.put("detail", access.quiz());
        model.put("unitName", access.quiz().unitName());
        model.put("minutes", q.timeLimitSeconds() == null ? null : q.timeLimitSeconds() / 60);
        model.put("delayMinutes", q.attemptDelaySeconds() / 60);
        model.put("opens", QuizTimes.format(q.openAt()));
        model.put("closes", QuizTimes.format(q.closeAt()));
        model.put("manage", access.manage());
        model.put("take", access.take());
        model.put("saved", saved != null);
        if (access.take()) {
            var status = attempts.status(id, Taker.account(user.accountId()));
            model.put("status", status);
            if (status.refusalKey() != null) {
                model.put("refusal", pages.text(request, status.refusalKey(), status.refusalArgs().toArray()));
            }
        }
        return pages.ok(request, "assessment/quiz-intro", model);
    }

    @Post(value = "/{id}/start", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(HttpRequest<?> request, @PathVariable long id) {
        CurrentUser user = user(request);
        if (!quizzes.access(user, id).take()) {
            throw Problem.forbidden();
        }
        String ip = request.getRemoteAddress().getAddress().getHostAddress();
        var started = attempts.start(id, Taker.account(user.accountId()), ip, request.getHeaders().get("User-Agent"));
        return Pages.seeOther(QuizUrls.attempt(started.attemptId()));
    }

    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
