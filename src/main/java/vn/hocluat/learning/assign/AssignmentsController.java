package vn.hocluat.learning.assign;

import vn.hocluat.platform.web.Paged;
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
import vn.hocluat.org.AudienceGroup;
import vn.hocluat.org.PersonView;
import vn.hocluat.org.UnitDirectory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Params;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The assignments list, the new-assignment form (with a no-JavaScript person search) and delete. */
@Hidden
@Controller("/assignments")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AssignmentsController {
    private final Pages pages;
    private final AssignmentService assignments;
    private final CourseChoices courses;
    private final UnitDirectory units;

    AssignmentsController(Pages pages, AssignmentService assignments, CourseChoices courses, UnitDirectory units) {
        this.pages = pages;
        this.assignments = assignments;
        this.courses = courses;
        this.units = units;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String courseId, @Nullable @QueryValue String page,
                         @Nullable @QueryValue String created, @Nullable @QueryValue String deleted) {
        CurrentUser user = author(request);
        Long course = Params.id(courseId, "courseId");
        Paged<AssignmentRow> result = assignments.list(user, course, Params.page(page));
        Map<String, Object> model = new HashMap<>();
        model.put("result", result);
        model.put("courses", courses.options(user));
        model.put("courseId", course == null ? "" : course.toString());
        model.put("soonDays", AssignmentService.SOON_DAYS);
        model.put("created", created != null);
        model.put("deleted", deleted != null);
        result.links(model, p -> AssignmentUrls.with(AssignmentUrls.LIST, AssignmentUrls.params("courseId", course, "page", p)));
        return pages.ok(request, "learning/assign-list", model);
    }

    /** The form; {@code q} lists matching persons of the subtree to pick from, {@code personId} keeps a pick. */
    @Get("/new")
    HttpResponse<?> newForm(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String personId,
                            @Nullable @QueryValue String courseId) {
        CurrentUser user = author(request);
        Map<String, Object> values = AssignmentForm.blank();
        values.put("q", Params.text(q));
        values.put("personId", Params.text(Params.id(personId, "personId")));
        values.put("courseId", Params.text(Params.id(courseId, "courseId")));
        return form(request, user, HttpStatus.OK, values, Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, Object> body) {
        CurrentUser user = author(request);
        Map<String, Object> values = AssignmentForm.posted(body);
        try {
            assignments.create(user, AssignmentForm.input(values, assignments.today()));
            return Pages.seeOther(AssignmentUrls.LIST + "?created=1");
        } catch (FormInvalid e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, values, e.messages((key, args) -> pages.text(request, key, args)));
        }
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, @PathVariable long id) {
        assignments.delete(author(request), id);
        return Pages.seeOther(AssignmentUrls.LIST + "?deleted=1");
    }

    private HttpResponse<?> form(HttpRequest<?> request, CurrentUser user, HttpStatus status, Map<String, Object> values,
                                 Map<String, String> errors) {
        String q = Params.text(values.get("q"));
        List<PersonView> matches = new ArrayList<>(assignments.roster(user, null, q));
        Long picked = Params.id(Params.text(values.get("personId")), "personId");
        if (picked != null && matches.stream().noneMatch(p -> p.id() == picked)) {
            matches.add(0, assignments.person(user, picked));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", values);
        model.put("errors", errors);
        model.put("errorCount", errors.size());
        model.put("matches", matches);
        model.put("searched", !q.isBlank());
        model.put("courses", courses.options(user));
        model.put("units", units.options(user));
        model.put("groups", Arrays.stream(AudienceGroup.values()).map(Enum::name).toList());
        model.put("bases", Arrays.stream(AssignmentInput.DueBase.values()).map(Enum::name).toList());
        return pages.render(status, request, "learning/assign-form", model);
    }

    static CurrentUser author(HttpRequest<?> request) {
        return AssignmentService.requireAuthor(Pages.currentUser(request).orElseThrow(Problem::forbidden));
    }
}
