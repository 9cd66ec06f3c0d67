package vn.hocluat.contest.entrant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Pages;

import java.util.HashMap;
import java.util.Map;

/**
 * Public registration of contest entrants. The unit is found with a GET search (folded names, so
 * "ba dinh" finds "Ba Đình") whose results are radio buttons of the registration form: no
 * JavaScript needed. Success answers the page with the sign-in code directly (not a redirect),
 * because the code is shown exactly once and never stored in clear; the page is not cached.
 */
@Hidden
@Controller("/thi/dang-ky")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class RegisterController {
    private final Pages pages;
    private final EntrantForms forms;
    private final EntrantService entrants;
    private final EntrantThrottle throttle;
    private final EntrantSession session;

    RegisterController(Pages pages, EntrantForms forms, EntrantService entrants, EntrantThrottle throttle,
                       EntrantSession session) {
        this.pages = pages;
        this.forms = forms;
        this.entrants = entrants;
        this.throttle = throttle;
        this.session = session;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, @Nullable @QueryValue String q) {
        Map<String, Object> values = FormInvalid.blank(EntrantInput.FIELDS);
        values.put("q", q == null ? "" : q.trim());
        return pages.ok(request, "contest/entrant/register", forms.model(request, values, null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> register(HttpRequest<?> request, @Body Map<String, Object> body) {
        String address = forms.address(request);
        if (!throttle.registration(address)) {
            return forms.tooMany(request, "entrant.tooMany.register");
        }
        Map<String, Object> values = FormInvalid.values(body, EntrantInput.FIELDS);
        try {
            EntrantService.Registered done = entrants.register(EntrantInput.check(body, true, ""), address);
            Map<String, Object> model = new HashMap<>();
            model.put("code", done.code());
            return pages.ok(request, "contest/entrant/registered", model)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .cookie(session.signIn(done.id()));
        } catch (FormInvalid invalid) {
            values.put("idNumber", "");
            return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, "contest/entrant/register",
                    forms.model(request, values, invalid));
        }
    }
}
