package vn.hocluat.learning.player;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.learning.CourseHead;
import vn.hocluat.learning.CourseOutline;
import vn.hocluat.learning.Enrolment;
import vn.hocluat.learning.Progress;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.List;
import java.util.Optional;

/**
 * The lesson player: the page (anyone who may view the course reads it; an enrolled learner's
 * opening is recorded), "mark as done" (a form), and the heartbeats of static/lesson.js (JSON).
 */
@Hidden
@Controller(PlayerUrls.CATALOGUE + "/{slug}/lessons/{lessonSlug}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LessonController {
    /** The header carrying the page's CSRF token on the heartbeat (JSON bodies pass FormCsrfFilter unchecked). */
    static final String CSRF_HEADER = "X-CSRF-Token";

    private final Pages pages;
    private final ViewableCourse courses;
    private final Progress progress;
    private final LessonPage lessonPage;
    private final CsrfTokenValidator<HttpRequest<?>> csrf;

    LessonController(Pages pages, ViewableCourse courses, Progress progress, LessonPage lessonPage,
                     CsrfTokenValidator<HttpRequest<?>> csrf) {
        this.pages = pages;
        this.courses = courses;
        this.progress = progress;
        this.lessonPage = lessonPage;
        this.csrf = csrf;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable String slug, @PathVariable String lessonSlug) {
        CurrentUser user = Pages.currentUser(request).orElse(null);
        CourseHead course = courses.bySlug(user, slug);
        Optional<Enrolment> enrolment = progress.open(user, course.id(), lessonSlug);
        return pages.ok(request, "learning/lesson", lessonPage.model(user, course, lessonSlug, enrolment));
    }

    @Post(value = "/done", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> done(HttpRequest<?> request, @PathVariable String slug, @PathVariable String lessonSlug) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        CourseHead course = courses.bySlug(user, slug);
        progress.markDone(user, course.id(), lessonSlug);
        List<CourseOutline.Lesson> lessons = lessonPage.lessons(course.id());
        int at = indexOf(lessons, lessonSlug);
        return Pages.seeOther(at + 1 < lessons.size() ? PlayerUrls.lesson(slug, lessons.get(at + 1).slug()) : PlayerUrls.course(slug));
    }

    /** A heartbeat: seconds since the last one (≤ 60 counted), the media position and duration, whether it ended. */
    @Serdeable
    record BeatBody(@Nullable Integer seconds, @Nullable Integer position, @Nullable Integer duration, @Nullable Boolean ended) {
    }

    @Post(value = "/progress", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> beat(HttpRequest<?> request, @PathVariable String slug, @PathVariable String lessonSlug, @Body BeatBody body) {
        String token = request.getHeaders().get(CSRF_HEADER);
        if (token == null || !csrf.validateCsrfToken(request, token)) {
            throw Problem.forbidden();
        }
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        CourseHead course = courses.bySlug(user, slug);
        Progress.State state = progress.beat(user, course.id(), lessonSlug, new Progress.Beat(
                body.seconds() == null ? 0 : body.seconds(), body.position(), body.duration(), Boolean.TRUE.equals(body.ended())));
        return HttpResponse.status(HttpStatus.OK).body(state);
    }

    static int indexOf(List<CourseOutline.Lesson> lessons, String lessonSlug) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).slug().equals(lessonSlug)) {
                return i;
            }
        }
        return -1;
    }
}
