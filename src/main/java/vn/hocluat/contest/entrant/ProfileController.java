package vn.hocluat.contest.entrant;

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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Pages;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in entrant's own details (ID number masked), editable until they are locked by the
 * first attempt; the phone is the account and does not change here.
 */
@Hidden
@Controller("/thi/ho-so")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProfileController {
    private final Pages pages;
    private final EntrantForms forms;
    private final EntrantService entrants;
    private final EntrantSession session;

    ProfileController(Pages pages, EntrantForms forms, EntrantService entrants, EntrantSession session) {
        this.pages = pages;
        this.forms = forms;
        this.entrants = entrants;
        this.session = session;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String saved) {
        Optional<Entrant> entrant = signedIn(request);
        if (entrant.isEmpty()) {
            return Pages.seeOther("/thi/dang-nhap");
        }
        Entrant e = entrant.get();
        Map<String, Object> values = new HashMap<>();
        values.put("fullName", e.fullName());
        values.put("birthDate", Dates.format(e.birthDate()));
        values.put("unitId", String.valueOf(e.unitId()));
        values.put("email", e.email() == null ? "" : e.email());
        values.put("idNumber", "");
        values.put("q", q == null ? "" : q.trim());
        return page(request, HttpStatus.OK, e, values, null, saved != null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, @Body Map<String, Object> body) {
        Optional<Entrant> entrant = signedIn(request);
        if (entrant.isEmpty()) {
            return Pages.seeOther("/thi/dang-nhap");
        }
        Entrant e = entrant.get();
        Map<String, Object> values = FormInvalid.values(body, EntrantInput.FIELDS);
        try {
            if (e.locked() || !entrants.update(e.id(), EntrantInput.check(body, false, e.phone()))) {
                Map<String, Object> model = new HashMap<>();
                model.put("status", 409);
                model.put("title", pages.text(request, "entrant.locked.title"));
                model.put("message", pages.text(request, "entrant.locked.message"));
                return pages.render(HttpStatus.CONFLICT, request, "platform/error", model);
            }
            return Pages.seeOther("/thi/ho-so?saved=1");
        } catch (FormInvalid invalid) {
            values.put("idNumber", "");
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, e, values, invalid, false);
        }
    }

    private Optional<Entrant> signedIn(HttpRequest<?> request) {
        return session.entrantId(request).flatMap(entrants::get);
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, Entrant e, Map<String, Object> values,
                                 FormInvalid invalid, boolean saved) {
        Map<String, Object> model = forms.model(request, values, invalid);
        model.put("entrant", e);
        model.put("birthDate", Dates.format(e.birthDate()));
        model.put("saved", saved);
        return pages.render(status, request, "contest/entrant/profile", model);
    }
}
