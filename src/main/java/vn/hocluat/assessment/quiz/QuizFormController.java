package vn.hocluat.assessment.quiz;

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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.org.UnitDirectory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Create and edit a quiz definition: the form, re-shown with field errors (422), 303 to the quiz after a save. */
@Hidden
@Controller("/quizzes")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class QuizFormController {
    private static final String TEMPLATE = "assessment/quiz-form";

    private final Pages pages;
    private final QuizService quizzes;
    private final UnitDirectory units;

    QuizFormController(Pages pages, QuizService quizzes, UnitDirectory units) {
        this.pages = pages;
        this.quizzes = quizzes;
        this.units = units;
    }

    @Get("/new")
    HttpResponse<?> newForm(HttpRequest<?> request) {
        CurrentUser user = writer(request);
        return form(request, user, HttpStatus.OK, null, QuizForm.blank(user.unitId()), Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, Object> body) {
        CurrentUser user = writer(request);
        Map<String, Object> values = QuizForm.posted(body);
        try {
            long id = quizzes.create(user, QuizForm.input(values));
            return Pages.seeOther(QuizUrls.show(id) + "?saved=1");
        } catch (QuizInvalidException e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, null, values, messages(request, e));
        }
    }

    @Get("/{id}/edit")
    HttpResponse<?> editForm(HttpRequest<?> request, @PathVariable long id) {
        CurrentUser user = writer(request);
        QuizDetail quiz = quizzes.get(user, id);
        return form(request, user, HttpStatus.OK, quiz, QuizForm.of(quiz), Map.of());
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        CurrentUser user = writer(request);
        QuizDetail quiz = quizzes.get(user, id);
        Map<String, Object> values = QuizForm.posted(body);
        try {
            quizzes.update(user, id, QuizForm.input(values));
            return Pages.seeOther(QuizUrls.show(id) + "?saved=1");
        } catch (QuizInvalidException e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, quiz, values, messages(request, e));
        }
    }

    private Map<String, String> messages(HttpRequest<?> request, QuizInvalidException e) {
        Map<String, String> out = new LinkedHashMap<>();
        e.errors().forEach(err -> out.putIfAbsent(err.field(), pages.text(request, err.messageKey(), err.args())));
        return out;
    }

    private HttpResponse<?> form(HttpRequest<?> request, CurrentUser user, HttpStatus status, QuizDetail quiz,
                                 Map<String, Object> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("quiz", quiz == null ? null : quiz.quiz());
        model.put("titleKey", quiz == null ? "quiz.form.newTitle" : "quiz.form.editTitle");
        model.put("titleArg", quiz == null ? "" : quiz.quiz().title());
        model.put("action", quiz == null ? QuizUrls.LIST : QuizUrls.show(quiz.quiz().id()));
        model.put("cancel", quiz == null ? QuizUrls.LIST : QuizUrls.show(quiz.quiz().id()));
        model.put("form", values);
        model.put("errors", errors);
        model.put("errorCount", errors.size());
        model.put("rules", QuizForm.rows(values, errors));
        model.put("units", units.options(user));
        model.put("banks", quizzes.banks(user));
        model.put("kinds", List.of(RuleKind.values()));
        model.put("difficulties", QuizForm.difficulties());
        model.put("gradingMethods", List.of(GradingMethod.values()));
        model.put("reviewModes", List.of(ReviewMode.values()));
        model.put("reviewWhens", List.of(ReviewWhen.values()));
        return pages.render(status, request, TEMPLATE, model);
    }

    private static CurrentUser writer(HttpRequest<?> request) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        if (!QuizService.canWrite(user)) {
            throw Problem.forbidden();
        }
        return user;
    }
}
