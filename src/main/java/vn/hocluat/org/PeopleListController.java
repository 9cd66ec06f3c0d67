package vn.hocluat.org;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The roster page: filters by unit (with its subtree), group, text and status; 50 people a page. */
@Hidden
@Controller("/people")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PeopleListController {
    private final Pages pages;
    private final PersonService people;
    private final UnitDirectory units;

    PeopleListController(Pages pages, PersonService people, UnitDirectory units) {
        this.pages = pages;
        this.people = people;
        this.units = units;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String unitId, @Nullable @QueryValue String group,
                         @Nullable @QueryValue String q, @Nullable @QueryValue String inactive,
                         @Nullable @QueryValue String page) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        Long unit = number(unitId, "unitId");
        AudienceGroup chosenGroup = group(group);
        boolean includeInactive = inactive != null && !inactive.isBlank();
        Long pageNumber = number(page, "page");
        PersonFilter filter = new PersonFilter(unit, chosenGroup, q, null, includeInactive,
                pageNumber == null ? 1 : (int) Math.min(pageNumber, Integer.MAX_VALUE), PersonFilter.PAGE_SIZE);
        PersonPage result = people.list(user, filter);
        if (result.items().isEmpty() && result.page() > result.pages()) {
            // a page past the end (the list shrank, or a typed URL): show the last one
            filter = new PersonFilter(unit, chosenGroup, q, null, includeInactive, (int) result.pages(), PersonFilter.PAGE_SIZE);
            result = people.list(user, filter);
        }
        String groupName = chosenGroup == null ? null : chosenGroup.name();

        Map<String, Object> model = new HashMap<>();
        model.put("result", result);
        model.put("unitId", unit == null ? "" : unit.toString());
        model.put("group", groupName == null ? "" : groupName);
        model.put("q", filter.q() == null ? "" : filter.q());
        model.put("inactive", includeInactive);
        model.put("units", units.options(user));
        model.put("groups", PersonForm.groupChoices());
        model.put("canWrite", PersonService.canWrite(user));
        model.put("newUrl", PersonUrls.NEW + (unit == null ? "" : "?unitId=" + unit));
        model.put("importUrl", PersonUrls.IMPORT);
        if (result.hasPrevious()) {
            model.put("previousUrl", PersonUrls.list(unit, groupName, filter.q(), includeInactive, result.page() - 1));
        }
        if (result.hasNext()) {
            model.put("nextUrl", PersonUrls.list(unit, groupName, filter.q(), includeInactive, result.page() + 1));
        }
        return pages.ok(request, "org/person-list", model);
    }

    private static Long number(String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.trim().matches("\\d{1,18}")) {
            throw Problem.badRequest("error.badParameter", parameter);
        }
        return Long.valueOf(text.trim());
    }

    private static AudienceGroup group(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return AudienceGroup.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("error.badParameter", "group");
        }
    }
}
