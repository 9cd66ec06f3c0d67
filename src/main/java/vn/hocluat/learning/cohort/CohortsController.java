package vn.hocluat.learning.cohort;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import vn.hocluat.learning.assign.AssignmentService;
import vn.hocluat.learning.assign.CourseChoices;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.platform.web.Params;
import vn.hocluat.org.AudienceGroup;
import vn.hocluat.org.UnitDirectory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Cohort pages: the list, the new-cohort form, a cohort with its members, adding (persons or a group) and removing members. */
@Hidden
@Controller("/cohorts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CohortsController {
    private final Pages pages;
    private final CohortService cohorts;
    private final CourseChoices courses;
    private final UnitDirectory units;

    CohortsController(Pages pages, CohortService cohorts, CourseChoices courses, UnitDirectory units) {
        this.pages = pages;
        this.cohorts = cohorts;
        this.courses = courses;
        this.units = units;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String page) {
        Paged<CohortRow> result = cohorts.list(author(request), Params.page(page));
        Map<String, Object> model = new HashMap<>();
        model.put("result", result);
        result.links(model, p -> CohortUrls.LIST + "?page=" + p);
        return pages.ok(request, "learning/cohort-list", model);
    }

    @Get("/new")
    HttpResponse<?> newForm(HttpRequest<?> request) {
        CurrentUser user = author(request);
        return form(request, user, HttpStatus.OK, CohortForm.blank(user.unitId()), Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, Object> body) {
        CurrentUser user = author(request);
        Map<String, Object> values = CohortForm.posted(body);
        try {
            long id = cohorts.create(user, CohortForm.input(values));
            return Pages.seeOther(CohortUrls.show(id) + "?created=1");
        } catch (FormInvalid e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, values, e.messages((key, args) -> pages.text(request, key, args)));
        }
    }

    /** A cohort with its members; {@code q} searches the roster of the cohort unit's subtree for persons to add. */
    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String q,
                         @Nullable @QueryValue String created, @Nullable @QueryValue String added) {
        CurrentUser user = author(request);
        CohortView cohort = cohorts.get(user, id);
        List<MemberRow> members = cohorts.members(user, id);
        String query = Params.text(q);
        Map<String, Object> model = new HashMap<>();
        model.put("cohort", cohort);
        model.put("members", members);
        model.put("memberCount", members.size());
        model.put("completed", members.stream().filter(MemberRow::completed).count());
        model.put("withAccount", members.stream().filter(MemberRow::hasAccount).count());
        model.put("q", query);
        model.put("searched", !query.isBlank());
        List<Long> memberIds = members.stream().map(MemberRow::personId).toList();
        model.put("matches", cohorts.roster(user, id, query).stream().filter(p -> !memberIds.contains(p.id())).toList());
        // the unit picker of the cohort unit's subtree (the caller's own subtree contains it)
        model.put("units", units.options(new CurrentUser(user.accountId(), user.username(), user.displayName(), user.role(),
                cohort.unitId())));
        model.put("groups", Arrays.stream(AudienceGroup.values()).map(Enum::name).toList());
        model.put("created", created != null);
        model.put("added", Params.id(added, "added"));
        return pages.ok(request, "learning/cohort-show", model);
    }

    @Post(value = "/{id}/members", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addPersons(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        List<Long> ids = new ArrayList<>();
        Object v = body.get("personId");
        List<Object> values = new ArrayList<>();
        if (v instanceof Iterable<?> many) {
            many.forEach(values::add);
        } else if (v != null) {
            values.add(v);
        }
        for (Object x : values) {
            Long personId = Params.id(Params.text(x), "personId");
            if (personId != null) {
                ids.add(personId);
            }
        }
        int added = cohorts.addPersons(author(request), id, ids);
        return Pages.seeOther(CohortUrls.show(id) + "?added=" + added);
    }

    @Post(value = "/{id}/members/group", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addGroup(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        AudienceGroup group;
        try {
            group = AudienceGroup.valueOf(FormInvalid.value(body, "groupCode"));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("cohort.error.group");
        }
        Long unit = Params.id(FormInvalid.value(body, "unitId"), "unitId");
        if (unit == null) {
            throw Problem.badRequest("cohort.error.unit");
        }
        int added = cohorts.addGroup(author(request), id, group, unit);
        return Pages.seeOther(CohortUrls.show(id) + "?added=" + added);
    }

    @Post(value = "/{id}/members/{personId}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(HttpRequest<?> request, @PathVariable long id, @PathVariable long personId) {
        cohorts.remove(author(request), id, personId);
        return Pages.seeOther(CohortUrls.show(id));
    }

    private HttpResponse<?> form(HttpRequest<?> request, CurrentUser user, HttpStatus status, Map<String, Object> values,
                                 Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", values);
        model.put("errors", errors);
        model.put("errorCount", errors.size());
        model.put("courses", courses.options(user));
        model.put("units", units.options(user));
        return pages.render(status, request, "learning/cohort-form", model);
    }

    private static CurrentUser author(HttpRequest<?> request) {
        return AssignmentService.requireAuthor(Pages.currentUser(request).orElseThrow(Problem::forbidden));
    }
}
