package vn.hocluat.learning.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.org.AudienceGroup;
import vn.hocluat.org.UnitDirectory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The authoring course list, the course form (create, edit) and publishing; the outline page is {@link AuthorOutlineController}. */
@Hidden
@Controller(AuthorUrls.LIST)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthorCoursesController {
    private static final String FORM = "learning/author-course-form";

    private final Pages pages;
    private final AuthorPages author;
    private final CourseEditor courses;
    private final UnitDirectory units;

    AuthorCoursesController(Pages pages, AuthorPages author, CourseEditor courses, UnitDirectory units) {
        this.pages = pages;
        this.author = author;
        this.courses = courses;
        this.units = units;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request) {
        return pages.ok(request, "learning/author-list", Map.of("courses", courses.list(AuthorPages.author(request))));
    }

    @Get("/new")
    HttpResponse<?> newForm(HttpRequest<?> request) {
        CurrentUser user = AuthorPages.author(request);
        return form(request, user, HttpStatus.OK, null, CourseForm.blank(user.unitId()), Map.of());
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, Object> body, @Nullable @Part("cover") CompletedFileUpload cover) {
        CurrentUser user = AuthorPages.author(request);
        Map<String, Object> values = CourseForm.posted(body);
        try {
            long id = courses.create(user, values, Upload.of(cover));
            return Pages.seeOther(AuthorUrls.course(id) + "?notice=created");
        } catch (Invalid e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, null, values, author.messages(request, e));
        }
    }

    @Get("/{id}/edit")
    HttpResponse<?> editForm(HttpRequest<?> request, @PathVariable long id) {
        CurrentUser user = AuthorPages.author(request);
        CourseRow course = courses.get(user, id);
        return form(request, user, HttpStatus.OK, course, CourseForm.of(course), Map.of());
    }

    @Post(value = "/{id}", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> update(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body,
                           @Nullable @Part("cover") CompletedFileUpload cover) {
        CurrentUser user = AuthorPages.author(request);
        Map<String, Object> values = CourseForm.posted(body);
        try {
            courses.update(user, id, values, Upload.of(cover));
            return Pages.seeOther(AuthorUrls.course(id) + "?notice=saved");
        } catch (Invalid e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, courses.get(user, id), values, author.messages(request, e));
        }
    }

    @Post(value = "/{id}/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(HttpRequest<?> request, @PathVariable long id) {
        int version = courses.publish(AuthorPages.author(request), id);
        return Pages.seeOther(AuthorUrls.course(id) + "?notice=published&version=" + version);
    }

    @Post(value = "/{id}/unpublish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unpublish(HttpRequest<?> request, @PathVariable long id) {
        courses.unpublish(AuthorPages.author(request), id);
        return Pages.seeOther(AuthorUrls.course(id) + "?notice=unpublished");
    }

    private HttpResponse<?> form(HttpRequest<?> request, CurrentUser user, HttpStatus status, @Nullable CourseRow course,
                                 Map<String, Object> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("course", course);
        model.put("titleKey", course == null ? "author.courseForm.new" : "author.courseForm.edit");
        model.put("form", values);
        model.put("errors", errors);
        model.put("errorCount", errors.size());
        model.put("action", course == null ? AuthorUrls.LIST : AuthorUrls.course(course.id()));
        model.put("cancel", course == null ? AuthorUrls.LIST : AuthorUrls.course(course.id()));
        model.put("slugLocked", course != null && course.slugLocked());
        model.put("units", units.options(user));
        List<?> chosen = (List<?>) values.get("audience");
        model.put("audiences", Arrays.stream(AudienceGroup.values())
                .map(g -> Map.of("code", g.name(), "checked", chosen.contains(g.name()))).toList());
        model.put("languages", CourseForm.LANGUAGES);
        model.put("visibilities", CourseForm.VISIBILITIES);
        return pages.render(status, request, FORM, model);
    }

}
