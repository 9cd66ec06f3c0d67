package vn.hocluat.learning.player;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.learning.Completions;
import vn.hocluat.learning.CourseHead;
import vn.hocluat.learning.CourseOutline;
import vn.hocluat.learning.Enrolment;
import vn.hocluat.learning.Enrolments;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Markdown;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.satisfaction.RatingForms;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A course's page (description, modules and lessons with done marks, progress, enrol or resume) and enrolment. */
@Hidden
@Controller(PlayerUrls.CATALOGUE)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CourseController {
    private final Pages pages;
    private final ViewableCourse courses;
    private final CourseOutline outlines;
    private final Enrolments enrolments;
    private final Completions completions;

    CourseController(Pages pages, ViewableCourse courses, CourseOutline outlines, Enrolments enrolments, Completions completions) {
        this.pages = pages;
        this.courses = courses;
        this.outlines = outlines;
        this.enrolments = enrolments;
        this.completions = completions;
    }

    @Get("/{slug}")
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable String slug) {
        CurrentUser user = Pages.currentUser(request).orElse(null);
        CourseHead course = courses.bySlug(user, slug);
        Optional<Enrolment> enrolment = user == null ? Optional.empty() : enrolments.find(user.accountId(), course.id());
        CourseOutline.Outline outline = outlines.outline(course.id(), enrolment.map(Enrolment::id).orElse(null));
        CourseOutline.Texts texts = outlines.texts(course.id());
        Map<String, Object> model = new HashMap<>();
        model.put("course", course);
        model.put("summary", texts.summary());
        model.put("minMinutes", texts.minMinutes());
        model.put("description", Markdown.toSafeHtml(texts.description(), PlayerUrls.media(course.slug(), "")));
        model.put("outline", outline);
        model.put("lessonCount", outline.lessons().size());
        model.put("lessonBase", PlayerUrls.course(slug) + "/lessons/");
        model.put("anonymous", user == null);
        model.put("loginUrl", PlayerUrls.login(PlayerUrls.course(slug)));
        model.put("publicCourse", course.visibility() == CourseHead.Visibility.PUBLIC);
        if (enrolment.isPresent()) {
            model.put("enrolled", true);
            model.put("percent", outline.percent());
            outline.resume(enrolment.get().lastLessonId())
                    .ifPresent(l -> model.put("resumeUrl", PlayerUrls.lesson(slug, l.slug())));
            completions.find(course.id(), user.accountId()).ifPresent(c -> {
                model.put("completion", c);
                model.put("certificateUrl", PlayerUrls.certificate(c.id()));
                model.put("rating", RatingForms.course(course.id(), PlayerUrls.course(slug)));
            });
        } else if (user != null) {
            model.put("canEnrol", enrolments.sourceFor(user, course).isPresent());
            model.put("enrolUrl", PlayerUrls.enrol(slug));
        }
        outline.lessons().stream().findFirst().ifPresent(l -> model.put("firstUrl", PlayerUrls.lesson(slug, l.slug())));
        return pages.ok(request, "learning/course", model);
    }

    @Post(value = "/{slug}/enrol", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> enrol(HttpRequest<?> request, @PathVariable String slug) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        CourseHead course = courses.bySlug(user, slug);
        enrolments.enrol(user, course.id());
        CourseOutline.Outline outline = outlines.outline(course.id(), null);
        return Pages.seeOther(outline.resume(null).map(l -> PlayerUrls.lesson(slug, l.slug())).orElse(PlayerUrls.course(slug)));
    }
}
