package vn.hocluat.learning.authoring;

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
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A course's authoring page (metadata, modules and lessons, publish, export) and the module actions on it. */
@Hidden
@Controller(AuthorUrls.LIST + "/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthorOutlineController {
    private static final List<String> NOTICES = List.of("created", "saved", "published", "unpublished", "lessonSaved", "lessonDeleted",
            "moduleSaved", "moduleDeleted");

    private final Pages pages;
    private final AuthorPages author;
    private final CourseEditor courses;
    private final OutlineEditor outline;

    AuthorOutlineController(Pages pages, AuthorPages author, CourseEditor courses, OutlineEditor outline) {
        this.pages = pages;
        this.author = author;
        this.courses = courses;
        this.outline = outline;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String notice,
                         @Nullable @QueryValue Integer version) {
        Map<String, Object> model = new HashMap<>();
        if (notice != null && NOTICES.contains(notice)) {
            model.put("notice", pages.text(request, "author.notice." + notice, version == null ? "" : version));
        }
        return page(request, HttpStatus.OK, id, model, Map.of());
    }

    @Post(value = "/modules", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addModule(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        String title = FormValues.text(body.get("moduleTitle"));
        String slug = FormValues.text(body.get("moduleSlug"));
        try {
            outline.addModule(AuthorPages.author(request), id, title, slug);
            return Pages.seeOther(AuthorUrls.course(id) + "?notice=moduleSaved");
        } catch (Invalid e) {
            Map<String, Object> model = new HashMap<>();
            model.put("errors", author.messages(request, e));
            model.put("moduleForm", Map.of("moduleTitle", title, "moduleSlug", slug));
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, id, model, Map.of());
        }
    }

    @Post(value = "/modules/{moduleId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> renameModule(HttpRequest<?> request, @PathVariable long id, @PathVariable long moduleId, @Body Map<String, Object> body) {
        try {
            outline.renameModule(AuthorPages.author(request), id, moduleId, FormValues.text(body.get("title")));
            return Pages.seeOther(AuthorUrls.course(id) + "?notice=moduleSaved");
        } catch (Invalid e) {
            String message = author.messages(request, e).values().iterator().next();
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, id, new HashMap<>(), Map.of(moduleId, message));
        }
    }

    @Post(value = "/modules/{moduleId}/move", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> moveModule(HttpRequest<?> request, @PathVariable long id, @PathVariable long moduleId, @Body Map<String, Object> body) {
        outline.moveModule(AuthorPages.author(request), id, moduleId, step(body));
        return Pages.seeOther(AuthorUrls.course(id) + "#m" + moduleId);
    }

    @Post(value = "/modules/{moduleId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deleteModule(HttpRequest<?> request, @PathVariable long id, @PathVariable long moduleId) {
        outline.deleteModule(AuthorPages.author(request), id, moduleId);
        return Pages.seeOther(AuthorUrls.course(id) + "?notice=moduleDeleted");
    }

    /** "up" is one place earlier, anything else one place later. */
    static int step(Map<String, Object> body) {
        return "up".equals(FormValues.text(body.get("direction"))) ? -1 : 1;
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, long id, Map<String, Object> model,
                                 Map<Long, String> renameErrors) {
        CurrentUser user = AuthorPages.author(request);
        CourseRow course = courses.get(user, id);
        model.put("course", course);
        model.put("modules", OutlineView.modules(id, outline.outline(user, id), renameErrors));
        model.put("editUrl", AuthorUrls.edit(id));
        model.put("exportUrl", AuthorUrls.exportZip(id));
        model.put("viewUrl", AuthorUrls.learnerView(course.slug()));
        model.putIfAbsent("errors", Map.of());
        model.putIfAbsent("moduleForm", Map.of());
        return pages.render(status, request, "learning/author-course", model);
    }
}
