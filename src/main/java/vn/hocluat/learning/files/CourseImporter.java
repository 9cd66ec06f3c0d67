package vn.hocluat.learning.files;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.learning.MediaStore;
import vn.hocluat.learning.files.CourseDraft.Kind;
import vn.hocluat.learning.files.CourseDraft.LessonDraft;
import vn.hocluat.learning.files.CourseDraft.MediaFile;
import vn.hocluat.learning.files.CourseDraft.ModuleDraft;
import vn.hocluat.learning.files.CourseWrites.Existing;
import vn.hocluat.learning.files.CourseWrites.OldLesson;
import vn.hocluat.platform.security.CurrentUser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a course draft to the database in one transaction, idempotent by slug and version: a
 * version not higher than the stored one writes nothing; a higher one updates the course in place.
 * Lessons are matched by slug, so an update keeps their ids and learners' progress; lessons the
 * folder no longer has are retired. Enrolments, progress and completions are never touched.
 * Any problem the database finds (unknown unit, a question the rules refuse) rolls everything back.
 */
@Singleton
class CourseImporter {
    static final String ROOT_UNIT = "VN";

    /** What happened to a folder. */
    enum Outcome { IMPORTED, UPDATED, UNCHANGED, SKIPPED }

    record Result(Outcome outcome, @Nullable Long courseId, @Nullable Integer version) {
    }

    /** The draft was refused; nothing was written. */
    static final class Rejected extends RuntimeException {
        private final transient List<FileIssue> issues;

        Rejected(List<FileIssue> issues) {
            super("course folder refused: " + issues.size() + " problem(s)");
            this.issues = List.copyOf(issues);
        }

        List<FileIssue> issues() {
            return issues;
        }
    }

    private final CourseWrites writes;
    private final CourseQuestions questions;
    private final MediaStore mediaStore;
    private final ImportActor actor;

    CourseImporter(CourseWrites writes, CourseQuestions questions, MediaStore mediaStore, ImportActor actor) {
        this.writes = writes;
        this.questions = questions;
        this.mediaStore = mediaStore;
        this.actor = actor;
    }

    @Transactional
    Result write(CourseDraft d) {
        writes.lock(d.slug());
        Optional<Existing> existing = writes.existing(d.slug());
        if (existing.isPresent() && d.version() <= existing.get().version()) {
            if (existing.get().origin().equals("UI")) {
                throw new Rejected(List.of(FileIssue.at(CourseNames.COURSE_FILE, d.versionLine(), "course.files.error.uiNotNewer",
                        d.slug(), existing.get().version(), d.version())));
            }
            return new Result(Outcome.UNCHANGED, existing.get().id(), existing.get().version());
        }
        String code = d.unitCode() == null ? ROOT_UNIT : d.unitCode();
        long unitId = writes.unit(code, d.unitCode() == null).orElseThrow(() -> new Rejected(List.of(
                FileIssue.at(CourseNames.COURSE_FILE, d.unitLine(), "course.files.error.unitUnknown", code))));
        CurrentUser as = actor.get();
        long courseId = writes.saveCourse(d, unitId, existing.map(Existing::id).orElse(null));
        Map<String, Long> media = media(courseId, d.media());
        writes.setCover(courseId, d.cover() == null ? null : media.get(d.cover()));
        long bankId = questions.bank(as, existing.map(Existing::bankId).orElse(null), unitId, d.title());
        writes.setBank(courseId, bankId);
        List<FileIssue> issues = new ArrayList<>();
        questions.files(as, bankId, d.questionFiles(), issues);
        // a course written in the UI may use quizzes shared with other courses: files get quizzes of their own
        boolean ownQuizzes = existing.filter(e -> e.origin().equals("FILES")).isPresent();
        lessons(courseId, d, media, (l, quizId) -> l.kind() != Kind.QUIZ ? null
                : questions.quiz(as, ownQuizzes ? quizId : null, unitId, bankId, l, d.questionFiles().get(l.questions()), issues));
        if (!issues.isEmpty()) {
            throw new Rejected(issues);
        }
        return new Result(existing.isPresent() ? Outcome.UPDATED : Outcome.IMPORTED, courseId, d.version());
    }

    /** Stores the folder's media (unchanged files are not rewritten) and drops media it no longer has. */
    private Map<String, Long> media(long courseId, Map<String, MediaFile> files) {
        Map<String, Long> ids = new HashMap<>(writes.media(courseId));
        for (Map.Entry<String, Long> old : Map.copyOf(ids).entrySet()) {
            if (!files.containsKey(old.getKey())) {
                mediaStore.delete(old.getValue());
                ids.remove(old.getKey());
            }
        }
        for (MediaFile f : files.values()) {
            boolean same = mediaStore.find(courseId, f.name())
                    .filter(m -> m.sha256().equals(MediaStore.sha256(f.data())) && m.contentType().equals(f.contentType()))
                    .isPresent();
            if (!same) {
                ids.put(f.name(), mediaStore.put(courseId, f.name(), f.contentType(), f.data()));
            }
        }
        return ids;
    }

    private interface QuizWriter {
        @Nullable
        Long write(LessonDraft lesson, @Nullable Long existingQuizId);
    }

    private void lessons(long courseId, CourseDraft d, Map<String, Long> media, QuizWriter quizzes) {
        Map<String, Long> oldModules = writes.modules(courseId);
        Map<String, OldLesson> oldLessons = writes.lessons(courseId);
        Set<String> keptLessons = new HashSet<>();
        List<Long> moduleIds = new ArrayList<>();
        int position = 0;
        for (ModuleDraft m : d.modules()) {
            long moduleId = writes.saveModule(courseId, oldModules.get(m.slug()), ++position, m);
            moduleIds.add(moduleId);
            int lessonPosition = 0;
            for (LessonDraft l : m.lessons()) {
                OldLesson old = oldLessons.get(l.slug());
                Long quizId = quizzes.write(l, old == null ? null : old.quizId());
                if (l.kind() == Kind.QUIZ && quizId == null) {
                    continue;
                }
                writes.saveLesson(courseId, moduleId, ++lessonPosition, l, l.media() == null ? null : media.get(l.media()),
                        quizId, old == null ? null : old.id());
                keptLessons.add(l.slug());
            }
        }
        oldLessons.forEach((slug, old) -> {
            if (!keptLessons.contains(slug)) {
                writes.retire(old.id());
            }
        });
        Set<String> keptModules = new HashSet<>(d.modules().stream().map(ModuleDraft::slug).toList());
        oldModules.forEach((slug, id) -> {
            if (!keptModules.contains(slug)) {
                writes.dropModule(id, moduleIds.get(0));
            }
        });
    }
}
