package vn.hocluat.learning.player;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.hocluat.assessment.AttemptService;
import vn.hocluat.assessment.QuizStatus;
import vn.hocluat.assessment.Taker;
import vn.hocluat.assessment.quiz.QuizUrls;
import vn.hocluat.learning.CourseHead;
import vn.hocluat.learning.CourseOutline;
import vn.hocluat.learning.CourseOutline.Lesson;
import vn.hocluat.learning.Enrolment;
import vn.hocluat.learning.Enrolments;
import vn.hocluat.learning.MediaStore;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Markdown;
import vn.hocluat.platform.web.Problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The model of the lesson player page: the lesson by kind, previous/next, progress, and what the learner may do here. */
@Singleton
class LessonPage {
    private final CourseOutline outlines;
    private final MediaStore media;
    private final AttemptService attempts;
    private final Enrolments enrolments;

    LessonPage(CourseOutline outlines, MediaStore media, AttemptService attempts, Enrolments enrolments) {
        this.outlines = outlines;
        this.media = media;
        this.attempts = attempts;
        this.enrolments = enrolments;
    }

    List<Lesson> lessons(long courseId) {
        return outlines.outline(courseId, null).lessons();
    }

    Map<String, Object> model(@Nullable CurrentUser user, CourseHead course, String lessonSlug,
                              Optional<Enrolment> enrolment) {
        CourseOutline.Outline outline = outlines.outline(course.id(), enrolment.map(Enrolment::id).orElse(null));
        List<Lesson> lessons = outline.lessons();
        int at = LessonController.indexOf(lessons, lessonSlug);
        if (at < 0) {
            throw Problem.notFound();
        }
        Lesson lesson = lessons.get(at);
        String slug = course.slug();
        Map<String, Object> model = new HashMap<>();
        model.put("course", course);
        model.put("courseUrl", PlayerUrls.course(slug));
        model.put("lesson", lesson);
        model.put("number", at + 1);
        model.put("count", lessons.size());
        model.put("kind", lesson.kind());
        model.put("body", Markdown.toSafeHtml(outlines.body(lesson.id()), PlayerUrls.media(slug, "")));
        if (at > 0) {
            model.put("previousUrl", PlayerUrls.lesson(slug, lessons.get(at - 1).slug()));
        }
        if (at + 1 < lessons.size()) {
            model.put("nextUrl", PlayerUrls.lesson(slug, lessons.get(at + 1).slug()));
        }
        boolean mediaKind = "VIDEO".equals(lesson.kind()) || "AUDIO".equals(lesson.kind());
        boolean uploaded = false;
        if (lesson.mediaId() != null) {
            Optional<MediaStore.Media> file = media.find(lesson.mediaId());
            if (file.isPresent()) {
                uploaded = true;
                model.put("mediaUrl", PlayerUrls.media(slug, file.get().name()));
                model.put("mediaType", file.get().contentType());
                model.put("mediaName", file.get().name());
                model.put("pdf", "application/pdf".equals(file.get().contentType()));
            }
        }
        model.put("externalUrl", lesson.externalUrl());
        if ("QUIZ".equals(lesson.kind()) && lesson.quizId() != null) {
            model.put("quizUrl", QuizUrls.show(lesson.quizId()));
            if (user != null) {
                QuizStatus status = attempts.status(lesson.quizId(), Taker.account(user.accountId()));
                model.put("attemptCount", status.attempts().size());
                model.put("grade", status.grade());
            }
        }
        model.put("anonymous", user == null);
        model.put("loginUrl", PlayerUrls.login(PlayerUrls.lesson(slug, lessonSlug)));
        if (enrolment.isPresent()) {
            model.put("enrolled", true);
            model.put("percent", outline.percent());
            model.put("doneUrl", PlayerUrls.done(slug, lessonSlug));
            model.put("markable", !lesson.done() && !"QUIZ".equals(lesson.kind()));
            // with an uploaded file the player records progress; the button is the fallback without JavaScript
            model.put("tracked", mediaKind && uploaded);
            model.put("progressUrl", PlayerUrls.progress(slug, lessonSlug));
            model.put("position", outlines.position(enrolment.get().id(), lesson.id()));
        } else if (user != null) {
            model.put("canEnrol", enrolments.sourceFor(user, course).isPresent());
            model.put("enrolUrl", PlayerUrls.enrol(slug));
        }
        return model;
    }
}
