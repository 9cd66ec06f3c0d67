package vn.hocluat.contest.manage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.contest.entrant.Entrant;
import vn.hocluat.contest.entrant.EntrantCodeDesk;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Pages;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Entrants who lost their sign-in code: a GET search by phone, then a POST that issues a new code
 * and answers with a printable slip showing it once (not a redirect: the code exists only in this
 * answer, which is not stored by the browser).
 */
@Hidden
@Controller("/contests/manage/thi-sinh")
@Secured({"ORGANISER", "MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class EntrantCodePagesController {
    private final Pages pages;
    private final EntrantCodeDesk desk;

    EntrantCodePagesController(Pages pages, EntrantCodeDesk desk) {
        this.pages = pages;
        this.desk = desk;
    }

    @Get
    HttpResponse<?> search(HttpRequest<?> request, @Nullable @QueryValue String phone) {
        Map<String, Object> model = new HashMap<>();
        String typed = phone == null ? "" : phone.strip();
        model.put("phone", typed);
        if (typed.isEmpty()) {
            return pages.ok(request, "contest/manage-entrant", model);
        }
        try {
            Optional<Entrant> found = desk.find(ContestPage.user(request), typed);
            model.put("searched", true);
            found.ifPresent(e -> model.put("entrant", view(e)));
            return pages.ok(request, "contest/manage-entrant", model);
        } catch (FormInvalid e) {
            model.put("phoneError", pages.text(request, e.errors().get(0).key()));
            return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, "contest/manage-entrant", model);
        }
    }

    @Post(value = "/{entrantId}/ma-moi", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> issue(HttpRequest<?> request, @PathVariable long entrantId) {
        EntrantCodeDesk.IssuedCode issued = desk.issueCode(ContestPage.user(request), entrantId);
        Map<String, Object> model = new HashMap<>(view(issued.entrant()));
        model.put("code", issued.code());
        return pages.ok(request, "contest/manage-entrant-code", model).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static Map<String, Object> view(Entrant e) {
        return Map.of("id", e.id(), "phone", e.phone(), "fullName", e.fullName(),
                "birthDate", Dates.format(e.birthDate()), "unitLabel", e.unitLabel());
    }
}
