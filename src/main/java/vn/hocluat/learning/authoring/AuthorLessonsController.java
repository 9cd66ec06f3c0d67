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
import vn.hocluat.learning.player.PlayerUrls;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Markdown;
import vn.hocluat.platform.web.Pages;

import java.util.HashMap;
import java.util.Map;

/**
 * The lesson form (new, edit; "Xem trước" re-renders it with the sanitised preview and writes
 * nothing), and moving and deleting lessons.
 */
@Hidden
@Controller(AuthorUrls.LIST + "/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthorLessonsController {
    private final Pages pages;
    private final AuthorPages author;
    private final CourseEditor courses;
    private final OutlineEditor outline;
    private final MediaLimits limits;

    AuthorLessonsController(Pages pages, AuthorPages author, CourseEditor courses, OutlineEditor outline, MediaLimits limits) {
        this.pages = pages;
        this.author = author;
        this.courses = courses;
        this.outline = outline;
        this.limits = limits;
    }

    @Get("/modules/{moduleId}/lessons/new")
    HttpResponse<?> newForm(HttpRequest<?> request, @PathVariable long id, @PathVariable long moduleId) {
        outline.module(AuthorPages.author(request), id, moduleId);
        return form(request, HttpStatus.OK, id, null, LessonForm.blank(moduleId), Map.of(), null, AuthorUrls.lessons(id, moduleId));
    }

    @Post(value = "/modules/{moduleId}/lessons", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> create(HttpRequest<?> request, @PathVariable long id, @PathVariable long moduleId, @Body Map<String, Object> body,
                           @Nullable @Part("file") CompletedFileUpload file) {
        CurrentUser user = AuthorPages.author(request);
        outline.module(user, id, moduleId);
        Map<String, Object> values = LessonForm.posted(body);
        if (FormValues.checked(body, "preview")) {
            return form(request, HttpStatus.OK, id, null, values, Map.of(), preview(request, id, values), AuthorUrls.lessons(id, moduleId));
        }
        try {
            long lessonId = outline.addLesson(user, id, values, Upload.of(file));
            return Pages.seeOther(AuthorUrls.course(id) + "?notice=lessonSaved#l" + lessonId);
        } catch (Invalid e) {
            return form(request, HttpStatus.UNPROCESSABLE_ENTITY, id, null, values, author.messages(request, e), null,
                    AuthorUrls.lessons(id, moduleId));
        }
    }

    @Get("/lessons/{lessonId}/edit")
    HttpResponse<?> editForm(HttpRequest<?> request, @PathVariable long id, @PathVariable long lessonId) {
        LessonRow lesson = outline.lesson(AuthorPages.author(request), id, lessonId);
        return form(request, HttpStatus.OK, id, lesson, LessonForm.of(lesson), Map.of(), null, AuthorUrls.lesson(id, lessonId));
    }

    @Post(value = "/lessons/{lessonId}", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> update(HttpRequest<?> request, @PathVariable long id, @PathVariable long lessonId, @Body Map<String, Object> body,
                           @Nullable @Part("file") CompletedFileUpload file) {
        CurrentUser user = AuthorPages.author(request);
        LessonRow lesson = outline.lesson(user, id, lessonId);
        Map<String, Object> values = LessonForm.posted(body);
        if (FormValues.checked(body, "preview")) {
            return form(request, HttpStatus.OK, id, lesson, values, Map.of(), preview(request, id, values), AuthorUrls.lesson(id, lessonId));
        }
        try {
            outline.updateLesson(user, id, lessonId, values, Upload.of(file));
            return Pages.seeOther(AuthorUrls.course(id) + "?notice=lessonSaved#l" + lessonId);
        } catch (Invalid e) {
            return form(request, HttpStatus.UNPROCESSABLE_ENTITY, id, lesson, values, author.messages(request, e), null,
                    AuthorUrls.lesson(id, lessonId));
        }
    }

    @Post(value = "/lessons/{lessonId}/move", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> move(HttpRequest<?> request, @PathVariable long id, @PathVariable long lessonId, @Body Map<String, Object> body) {
        outline.moveLesson(AuthorPages.author(request), id, lessonId, AuthorOutlineController.step(body));
        return Pages.seeOther(AuthorUrls.course(id) + "#l" + lessonId);
    }

    @Post(value = "/lessons/{lessonId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, @PathVariable long id, @PathVariable long lessonId) {
        outline.deleteLesson(AuthorPages.author(request), id, lessonId);
        return Pages.seeOther(AuthorUrls.course(id) + "?notice=lessonDeleted");
    }

    /** The live preview of author.js: the Markdown of a lesson as the sanitised HTML learners will see. */
    @Post(value = "/preview", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> livePreview(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        CourseRow course = courses.get(AuthorPages.author(request), id);
        return HttpResponse.ok(preview(course.slug(), FormValues.text(body.get("body")))).header("Cache-Control", "no-store");
    }

    private String preview(HttpRequest<?> request, long courseId, Map<String, Object> values) {
        return preview(courses.get(AuthorPages.author(request), courseId).slug(), (String) values.get("body"));
    }

    /** As learners will see it: images and links to media/… point at the course's files. */
    private static String preview(String slug, String markdown) {
        return Markdown.toSafeHtml(markdown, PlayerUrls.media(slug, ""));
    }

    private HttpResponse<?> form(HttpRequest<?> request, HttpStatus status, long courseId, @Nullable LessonRow lesson,
                                 Map<String, Object> values, Map<String, String> errors, @Nullable String preview, String action) {
        CurrentUser user = AuthorPages.author(request);
        CourseRow course = courses.get(user, courseId);
        Map<String, Object> model = new HashMap<>();
        model.put("course", course);
        model.put("lesson", lesson);
        model.put("titleKey", lesson == null ? "author.lessonForm.new" : "author.lessonForm.edit");
        model.put("previewUrl", AuthorUrls.course(courseId) + "/preview");
        model.put("form", values);
        model.put("errors", errors);
        model.put("errorCount", errors.size());
        model.put("preview", preview);
        model.put("action", action);
        model.put("cancel", AuthorUrls.course(courseId));
        model.put("modules", outline.outline(user, courseId).modules());
        model.put("kinds", LessonForm.KINDS);
        model.put("quizzes", outline.quizzes(user));
        model.put("limits", Map.of("video", limits.mb(MediaKind.VIDEO), "audio", limits.mb(MediaKind.AUDIO),
                "document", limits.mb(MediaKind.DOCUMENT)));
        return pages.render(status, request, "learning/author-lesson-form", model);
    }
}
