package vn.hocluat.contest.manage;

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
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Prizes of a contest: added on the contest page, edited on a page of their own, deleted. */
@Hidden
@Controller("/contests/manage/{id}/prizes")
@Secured({"ORGANISER", "MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class PrizePagesController {
    private static final List<String> FIELDS = List.of("roundId", "kind", "tier", "name", "count");

    private final Pages pages;
    private final PrizeService prizes;
    private final ContestService contests;
    private final ContestPage page;

    PrizePagesController(Pages pages, PrizeService prizes, ContestService contests, ContestPage page) {
        this.pages = pages;
        this.prizes = prizes;
        this.contests = contests;
        this.page = page;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        Map<String, String> v = values(body);
        try {
            prizes.add(ContestPage.user(request), id, v.get("roundId"), v.get("kind"), v.get("tier"), v.get("name"),
                    v.get("count"));
            return Pages.seeOther("/contests/manage/" + id + "#prizes");
        } catch (ContestInvalid e) {
            return page.render(request, id, HttpStatus.UNPROCESSABLE_ENTITY,
                    Map.of("prize", v, "prizeErrors", page.localised(request, e)));
        }
    }

    @Get("/{prizeId}")
    HttpResponse<?> form(HttpRequest<?> request, @PathVariable long id, @PathVariable long prizeId) {
        Prize p = prizes.prize(ContestPage.user(request), id, prizeId);
        Map<String, String> v = Map.of("roundId", p.roundId() == null ? "" : p.roundId().toString(), "kind", p.kind(),
                "tier", Integer.toString(p.tier()), "name", p.name(), "count", Integer.toString(p.count()));
        return render(request, HttpStatus.OK, id, prizeId, v, Map.of());
    }

    @Post(value = "/{prizeId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, @PathVariable long id, @PathVariable long prizeId,
                         @Body Map<String, Object> body) {
        Map<String, String> v = values(body);
        try {
            prizes.update(ContestPage.user(request), id, prizeId, v.get("roundId"), v.get("kind"), v.get("tier"),
                    v.get("name"), v.get("count"));
            return Pages.seeOther("/contests/manage/" + id + "#prizes");
        } catch (ContestInvalid e) {
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, id, prizeId, v, page.localised(request, e));
        }
    }

    @Post(value = "/{prizeId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, @PathVariable long id, @PathVariable long prizeId) {
        prizes.delete(ContestPage.user(request), id, prizeId);
        return Pages.seeOther("/contests/manage/" + id + "#prizes");
    }

    private static Map<String, String> values(Map<String, Object> body) {
        Map<String, String> v = new HashMap<>();
        FIELDS.forEach(f -> v.put(f, ContestPage.field(body, "name".equals(f) ? "prizeName" : f)));
        return v;
    }

    private HttpResponse<?> render(HttpRequest<?> request, HttpStatus status, long id, long prizeId,
                                   Map<String, String> prize, Map<String, String> errors) {
        CurrentUser user = ContestPage.user(request);
        return pages.render(status, request, "contest/manage-prize", Map.of("contestId", id, "prizeId", prizeId,
                "prize", prize, "prizeErrors", errors, "errorCount", errors.size(), "kinds", PrizeValues.KINDS,
                "rounds", contests.rounds(user, id)));
    }
}
