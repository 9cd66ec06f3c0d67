package vn.hocluat.learning.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.assessment.quiz.QuizService;
import vn.hocluat.assessment.quiz.QuizSummary;
import vn.hocluat.learning.CourseAccess;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Modules and lessons of a course in the web UI: add, rename, reorder, move, delete, and lesson
 * files, links and quizzes. Every call checks edit access on the course first and marks the course
 * changed (a new version is due at the next publish).
 */
@Singleton
class OutlineEditor {
    private final OutlineStore outline;
    private final CourseStore courses;
    private final CourseAccess access;
    private final MediaIntake media;
    private final QuizService quizzes;

    OutlineEditor(OutlineStore outline, CourseStore courses, CourseAccess access, MediaIntake media, QuizService quizzes) {
        this.outline = outline;
        this.courses = courses;
        this.access = access;
        this.media = media;
        this.quizzes = quizzes;
    }

    /** The modules and live lessons of a course the caller may edit. */
    record Outline(List<ModuleRow> modules, List<LessonRow> lessons) {
    }

    @ReadOnly
    Outline outline(CurrentUser user, long courseId) {
        access.requireEdit(user, courseId);
        return new Outline(outline.modules(courseId), outline.lessons(courseId));
    }

    @ReadOnly
    LessonRow lesson(CurrentUser user, long courseId, long lessonId) {
        access.requireEdit(user, courseId);
        return outline.lesson(courseId, lessonId).orElseThrow(Problem::notFound);
    }

    @ReadOnly
    ModuleRow module(CurrentUser user, long courseId, long moduleId) {
        access.requireEdit(user, courseId);
        return outline.module(courseId, moduleId).orElseThrow(Problem::notFound);
    }

    /** The quizzes a lesson may attach: those the caller manages. */
    @ReadOnly
    List<QuizSummary> quizzes(CurrentUser user) {
        return quizzes.managed(user);
    }

    @Transactional
    long addModule(CurrentUser user, long courseId, String title, String typedSlug) {
        access.requireEdit(user, courseId);
        List<Invalid.FieldError> errors = new ArrayList<>();
        FormValues.title("moduleTitle", title, "author.module.error.title", errors);
        String slug = FormValues.slugOr(typedSlug, title);
        if (!title.isEmpty() && !FormValues.validSlug(slug)) {
            errors.add(new Invalid.FieldError("moduleSlug", "author.error.slug", slug));
        } else if (!title.isEmpty() && outline.moduleSlugTaken(courseId, slug)) {
            errors.add(new Invalid.FieldError("moduleSlug", "author.module.error.slugTaken", slug));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        courses.touch(courseId);
        return outline.insertModule(courseId, slug, title);
    }

    @Transactional
    void renameModule(CurrentUser user, long courseId, long moduleId, String title) {
        module(user, courseId, moduleId);
        List<Invalid.FieldError> errors = new ArrayList<>();
        FormValues.title("title", title, "author.module.error.title", errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        outline.renameModule(moduleId, title);
        courses.touch(courseId);
    }

    @Transactional
    void moveModule(CurrentUser user, long courseId, long moduleId, int step) {
        module(user, courseId, moduleId);
        if (outline.moveModule(courseId, moduleId, step)) {
            courses.touch(courseId);
        }
    }

    /** Deletes an empty module; a module with lessons is refused (400) with a message. */
    @Transactional
    void deleteModule(CurrentUser user, long courseId, long moduleId) {
        module(user, courseId, moduleId);
        if (!outline.deleteEmptyModule(courseId, moduleId)) {
            throw Problem.badRequest("author.module.error.notEmpty");
        }
        courses.touch(courseId);
    }

    @Transactional
    long addLesson(CurrentUser user, long courseId, Map<String, Object> values, @Nullable Upload file) {
        access.requireEdit(user, courseId);
        LessonData d = checked(user, courseId, values, null, file);
        courses.touch(courseId);
        return outline.insertLesson(courseId, d);
    }

    @Transactional
    void updateLesson(CurrentUser user, long courseId, long lessonId, Map<String, Object> values, @Nullable Upload file) {
        LessonRow current = lesson(user, courseId, lessonId);
        LessonData d = checked(user, courseId, values, current, file);
        outline.updateLesson(current, d);
        if (current.mediaId() != null && !current.mediaId().equals(d.mediaId())) {
            media.dropIfUnused(current.mediaId());
        }
        courses.touch(courseId);
    }

    @Transactional
    void moveLesson(CurrentUser user, long courseId, long lessonId, int step) {
        LessonRow lesson = lesson(user, courseId, lessonId);
        if (outline.moveLesson(lesson.moduleId(), lessonId, step)) {
            courses.touch(courseId);
        }
    }

    @Transactional
    void deleteLesson(CurrentUser user, long courseId, long lessonId) {
        LessonRow lesson = lesson(user, courseId, lessonId);
        outline.removeLesson(lesson);
        media.dropIfUnused(lesson.mediaId());
        courses.touch(courseId);
    }

    private LessonData checked(CurrentUser user, long courseId, Map<String, Object> values, @Nullable LessonRow current,
                               @Nullable Upload file) {
        List<Invalid.FieldError> errors = new ArrayList<>();
        LessonData d = LessonForm.check(values, errors);
        if (d.moduleId() >= 0 && outline.module(courseId, d.moduleId()).isEmpty()) {
            errors.add(new Invalid.FieldError("moduleId", "author.lesson.error.module"));
        }
        if (errors.stream().noneMatch(e -> e.field().equals("slug")) && !d.slug().isEmpty()
                && outline.lessonSlugTaken(courseId, d.slug(), current == null ? -1 : current.id())) {
            errors.add(new Invalid.FieldError("slug", "author.lesson.error.slugTaken", d.slug()));
        }
        Long quizId = "QUIZ".equals(d.kind()) ? quiz(user, (String) values.get("quizId"), errors) : null;
        Optional<MediaKind> mediaKind = MediaKind.ofLesson(d.kind());
        MediaIntake.Checked upload = null;
        if (mediaKind.isPresent()) {
            upload = source(mediaKind.get(), d, current, file, errors);
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        Long mediaId = null;
        String url = null;
        if (mediaKind.isPresent()) {
            url = d.externalUrl();
            if (upload != null) {
                mediaId = media.store(courseId, upload, current == null ? null : current.mediaId());
            } else if (url == null && current != null) {
                mediaId = current.mediaId();
            }
        }
        return new LessonData(d.moduleId(), d.slug(), d.kind(), d.title(), d.body(), d.required(), d.minutes(), mediaId, url,
                quizId, quizId != null && d.mustPass());
    }

    /**
     * A file or a link, exactly one: a new upload, a typed link, or else the file the lesson already
     * has when it suits the kind. Returns the checked upload, if any.
     */
    private MediaIntake.Checked source(MediaKind kind, LessonData d, @Nullable LessonRow current, @Nullable Upload file,
                                       List<Invalid.FieldError> errors) {
        if (file != null && d.externalUrl() != null) {
            errors.add(new Invalid.FieldError("file", "author.lesson.error.both"));
            return null;
        }
        if (file != null) {
            try {
                return media.check("file", kind, file);
            } catch (Invalid e) {
                errors.addAll(e.errors());
                return null;
            }
        }
        boolean keeps = current != null && current.mediaType() != null && kind.acceptsContentType(current.mediaType());
        if (d.externalUrl() == null && !keeps) {
            errors.add(new Invalid.FieldError("file", "author.lesson.error.source", new Invalid.Label("author.mediaKind." + kind.name()),
                    kind.extensions()));
        }
        return null;
    }

    @Nullable
    private Long quiz(CurrentUser user, String value, List<Invalid.FieldError> errors) {
        try {
            long id = Long.parseLong(value);
            if (quizzes.access(user, id).manage()) {
                return id;
            }
        } catch (NumberFormatException | Problem e) {
            // an empty choice, an unknown quiz and one of another unit get the same message
        }
        errors.add(new Invalid.FieldError("quizId", "author.lesson.error.quiz"));
        return null;
    }
}
