package vn.hocluat.assessment.quiz;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.Map;

/** The quizzes page: those the user's subtree owns (for its authors) and those open to the user's unit. */
@Hidden
@Controller("/quizzes")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class QuizListController {
    private final Pages pages;
    private final QuizService quizzes;

    QuizListController(Pages pages, QuizService quizzes) {
        this.pages = pages;
        this.quizzes = quizzes;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        return pages.ok(request, "assessment/quiz-list", Map.of(
                "author", QuizService.canWrite(user),
                "managed", quizzes.managed(user),
                "available", quizzes.available(user)));
    }
}
