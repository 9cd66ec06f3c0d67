package vn.hocluat.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.HashMap;
import java.util.Map;

/** Every signed-in user changes their own password here (e.g. the first admin after installation). */
@Hidden
@Controller("/me/password")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OwnPasswordController {
    private final Pages pages;
    private final AccountService service;

    OwnPasswordController(Pages pages, AccountService service) {
        this.pages = pages;
        this.service = service;
    }

    @Serdeable
    record ChangeForm(@Nullable String current, @Nullable String password) {
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, @Nullable @QueryValue String done) {
        return page(request, HttpStatus.OK, Map.of(), done != null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, @Body ChangeForm form) {
        var user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        Map<String, String> errors = service.changeOwnPassword(user, form.current(), form.password());
        if (!errors.isEmpty()) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, errors, false);
        }
        return Pages.seeOther("/me/password?done=1");
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, Map<String, String> errorKeys, boolean done) {
        Map<String, String> errors = new HashMap<>();
        errorKeys.forEach((field, key) -> errors.put(field, pages.text(request, key, AccountService.MIN_PASSWORD)));
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("done", done);
        model.put("minPassword", AccountService.MIN_PASSWORD);
        return pages.render(status, request, "account/password", model);
    }
}
