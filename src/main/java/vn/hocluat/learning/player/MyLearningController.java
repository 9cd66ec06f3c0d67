package vn.hocluat.learning.player;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.Map;

/** The learner's own page: courses in progress, assigned courses with due dates, completions with certificates. */
@Hidden
@Controller(PlayerUrls.MY_LEARNING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MyLearningController {
    private final Pages pages;
    private final MyLearning myLearning;

    MyLearningController(Pages pages, MyLearning myLearning) {
        this.pages = pages;
        this.myLearning = myLearning;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request) {
        MyLearning.View view = myLearning.of(Pages.currentUser(request).orElseThrow(Problem::forbidden));
        return pages.ok(request, "learning/my-learning", Map.of("view", view));
    }
}
