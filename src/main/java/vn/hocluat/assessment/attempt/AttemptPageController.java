package vn.hocluat.assessment.attempt;

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
import vn.hocluat.assessment.AttemptService;
import vn.hocluat.assessment.AttemptSheet;
import vn.hocluat.assessment.Taker;
import vn.hocluat.assessment.quiz.QuizUrls;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.HashMap;
import java.util.Map;

/**
 * The taker's attempt: all questions on one page while open (a plain form with "save" and
 * "submit", autosaved by static/attempt.js when JavaScript runs), the result once closed.
 */
@Hidden
@Controller("/attempts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AttemptPageController {
    private static final String CLOSED = "attempt.error.closed";

    private final Pages pages;
    private final AttemptService attempts;

    AttemptPageController(Pages pages, AttemptService attempts) {
        this.pages = pages;
        this.attempts = attempts;
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String saved) {
        AttemptSheet sheet = attempts.sheet(id, taker(request));
        Map<String, Object> model = new HashMap<>();
        model.put("sheet", sheet);
        model.put("saved", saved != null);
        model.put("quizUrl", QuizUrls.show(sheet.quizId()));
        return pages.ok(request, sheet.inProgress() ? "assessment/attempt-take" : "assessment/attempt-result", model);
    }

    /** The form without JavaScript: action=save keeps the answers and shows the page again; action=submit closes the attempt. */
    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> post(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        Taker taker = taker(request);
        if ("submit".equals(String.valueOf(body.get("action")))) {
            attempts.submit(id, taker, AttemptForm.responses(body));
            return Pages.seeOther(QuizUrls.attempt(id));
        }
        try {
            attempts.save(id, taker, AttemptForm.responses(body));
            return Pages.seeOther(QuizUrls.attempt(id) + "?saved=1");
        } catch (Problem p) {
            if (CLOSED.equals(p.messageKey())) {
                return Pages.seeOther(QuizUrls.attempt(id));
            }
            throw p;
        }
    }

    /** The autosave of attempt.js: 204 when saved, 409 once the attempt is closed. */
    @Post(value = "/{id}/save", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> autosave(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        attempts.save(id, taker(request), AttemptForm.responses(body));
        return HttpResponse.noContent();
    }

    private static Taker taker(HttpRequest<?> request) {
        return Taker.account(Pages.currentUser(request).orElseThrow(Problem::forbidden).accountId());
    }
}
