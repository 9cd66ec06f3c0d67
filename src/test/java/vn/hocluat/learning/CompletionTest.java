package vn.hocluat.learning;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.AttemptService;
import vn.hocluat.assessment.AttemptSheet;
import vn.hocluat.assessment.Response;
import vn.hocluat.assessment.SheetQuestion;
import vn.hocluat.assessment.Taker;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.TestDatabase;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stored completions: written once when the rules of courses/README.md "Completion" first hold, with score and cohort. */
@MicronautTest(transactional = false)
class CompletionTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    Enrolments enrolments;
    @Inject
    Progress progress;
    @Inject
    Completions completions;
    @Inject
    AttemptService attempts;
    @Inject
    CompletedEvents events;

    CourseFixtures f;
    long commune;

    @BeforeAll
    void setUp() {
        f = new CourseFixtures(context);
        commune = f.quiz.commune(f.quiz.province());
    }

    CurrentUser learner() {
        CurrentUser u = f.quiz.user("LEARNER", commune);
        f.person(commune, "Phạm Thị Hoa", u);
        return u;
    }

    String slug(long lessonId) {
        return f.quiz.text("select slug from lesson where id = ?", lessonId);
    }

    long completionsOf(long course, CurrentUser u) {
        return f.fixtures.queryLong("select count(*) from course_completion where course_id = ? and account_id = ?", course, u.accountId());
    }

    long statements(CurrentUser u, String verb, String kind, long objectId) {
        return f.fixtures.queryLong("select count(*) from xapi_statement where account_id = ? and verb = ? and object_kind = ? and object_id = ?",
                u.accountId(), verb, kind, objectId);
    }

    @Test
    void completion_is_written_once_when_the_last_required_lesson_is_done_in_any_order() {
        long course = f.course(commune, "INTERNAL", true, true).id();
        long m = f.module(course, "Chương 1");
        long a = f.lesson(course, m, "TEXT", true);
        long b = f.lesson(course, m, "DOCUMENT", true);
        long c = f.lesson(course, m, "VIDEO", true);
        f.lesson(course, m, "TEXT", false);
        CurrentUser u = learner();
        enrolments.enrol(u, course);

        progress.markDone(u, course, slug(c));
        progress.markDone(u, course, slug(a));
        assertEquals(0, completionsOf(course, u));
        Progress.State last = progress.markDone(u, course, slug(b));
        progress.markDone(u, course, slug(b));

        assertTrue(last.completed());
        assertEquals(1, completionsOf(course, u));
        assertEquals(1, statements(u, "COMPLETED", "COURSE", course));
        assertEquals(1, statements(u, "COMPLETED", "LESSON", b));
        assertEquals(1, statements(u, "REGISTERED", "COURSE", course));
        assertEquals(1, events.of(course, u.accountId()).size());
        Completion done = completions.find(course, u.accountId()).orElseThrow();
        assertEquals(1, done.courseVersion());
        assertEquals(f.fixtures.queryLong("select id from person where account_id = ?", u.accountId()), done.personId());
        assertNull(done.score());
        assertNull(done.cohortId());
    }

    @Test
    void retired_required_lessons_do_not_block_completion() {
        long course = f.course(commune, "INTERNAL", true, true).id();
        long m = f.module(course, "Chương 1");
        long a = f.lesson(course, m, "TEXT", true);
        long gone = f.lesson(course, m, "TEXT", true);
        f.quiz.exec("update lesson set retired = true where id = ?", gone);
        CurrentUser u = learner();
        enrolments.enrol(u, course);
        assertTrue(progress.markDone(u, course, slug(a)).completed());
    }

    @Test
    void must_pass_quiz_completes_the_course_at_the_pass_with_its_score() {
        long course = f.course(commune, "INTERNAL", true, true).id();
        long m = f.module(course, "Chương 1");
        long text = f.lesson(course, m, "TEXT", true);
        long quizLesson = f.quizLesson(course, m, commune, 5, 80, true);
        long quiz = f.quizOf(quizLesson);
        CurrentUser u = learner();
        enrolments.enrol(u, course);
        progress.markDone(u, course, slug(text));

        take(quiz, u, 2);
        assertEquals(0, completionsOf(course, u));
        assertEquals(1, statements(u, "FAILED", "QUIZ", quiz));
        assertFalse(lessonDone(u, course, quizLesson));

        take(quiz, u, 5);
        assertEquals(1, completionsOf(course, u));
        assertEquals(1, statements(u, "PASSED", "QUIZ", quiz));
        assertTrue(lessonDone(u, course, quizLesson));
        Completion done = completions.find(course, u.accountId()).orElseThrow();
        assertEquals(0, new BigDecimal("5").compareTo(done.score()));
        assertEquals(0, new BigDecimal("5").compareTo(done.maxScore()));
        assertEquals(1, statements(u, "COMPLETED", "COURSE", course));
    }

    @Test
    void quiz_without_must_pass_needs_only_a_closed_attempt() {
        long course = f.course(commune, "INTERNAL", true, true).id();
        long m = f.module(course, "Chương 1");
        long quiz = f.quizOf(f.quizLesson(course, m, commune, 3, 80, false));
        CurrentUser u = learner();
        enrolments.enrol(u, course);
        take(quiz, u, 0);
        Completion done = completions.find(course, u.accountId()).orElseThrow();
        assertNull(done.score());
    }

    @Test
    void minimum_minutes_not_met_means_no_completion_until_the_time_is_spent() {
        long course = f.course(commune, "INTERNAL", true, true).id();
        f.quiz.exec("update course set min_minutes = 2 where id = ?", course);
        long m = f.module(course, "Chương 1");
        long a = f.lesson(course, m, "VIDEO", true);
        CurrentUser u = learner();
        Enrolment e = enrolments.enrol(u, course);
        progress.open(u, course, slug(a));
        progress.markDone(u, course, slug(a));
        assertEquals(0, completionsOf(course, u));

        // two heartbeats of a minute each, a minute apart: 120 s in lessons
        for (int i = 0; i < 2; i++) {
            f.quiz.exec("update enrollment set last_seen_at = now() - interval '61 seconds' where id = ?", e.id());
            progress.beat(u, course, slug(a), new Progress.Beat(600, 30, 100, false));
        }
        assertEquals(120, f.fixtures.queryLong("select seconds_spent from lesson_progress where enrollment_id = ? and lesson_id = ?", e.id(), a));
        assertEquals(1, completionsOf(course, u));
    }

    @Test
    void concurrent_checks_and_a_new_version_leave_one_completion() throws Exception {
        long course = f.course(commune, "INTERNAL", true, true).id();
        long m = f.module(course, "Chương 1");
        long a = f.lesson(course, m, "TEXT", true);
        CurrentUser u = learner();
        Enrolment e = enrolments.enrol(u, course);
        f.quiz.exec("insert into lesson_progress (enrollment_id, lesson_id, done_at) values (?, ?, now())", e.id(), a);

        List<Callable<Boolean>> checks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            checks.add(() -> completions.check(e.id()).isPresent());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        int written = 0;
        try {
            for (Future<Boolean> r : pool.invokeAll(checks)) {
                written += r.get() ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, written);

        f.quiz.exec("update course set version = 2 where id = ?", course);
        long b = f.lesson(course, m, "TEXT", true);
        progress.markDone(u, course, slug(b));
        assertTrue(completions.check(e.id()).isEmpty());
        assertEquals(1, completionsOf(course, u));
        assertEquals(1, completions.find(course, u.accountId()).orElseThrow().courseVersion());
        assertEquals(1, statements(u, "COMPLETED", "COURSE", course));
        assertEquals(1, events.of(course, u.accountId()).size());
    }

    @Test
    void completion_records_the_cohort_whose_dates_contain_the_day() {
        long course = f.course(commune, "INTERNAL", true, false).id();
        long m = f.module(course, "Chương 1");
        long a = f.lesson(course, m, "TEXT", true);
        CurrentUser u = f.quiz.user("LEARNER", commune);
        long person = f.person(commune, "Lò Văn Minh", u);
        long past = cohort(course, "current_date - 60", "current_date - 30");
        long current = cohort(course, "current_date - 5", "current_date + 5");
        long other = cohort(f.course(commune, "INTERNAL", true, true).id(), "current_date - 5", "current_date + 5");
        for (long c : new long[] {past, current, other}) {
            f.quiz.exec("insert into cohort_member (cohort_id, person_id) values (?, ?)", c, person);
        }
        assertEquals(Enrolment.Source.COHORT, enrolments.enrol(u, course).source());
        progress.markDone(u, course, slug(a));
        assertEquals(current, completions.find(course, u.accountId()).orElseThrow().cohortId());
    }

    long cohort(long course, String starts, String ends) {
        return f.fixtures.queryLong("insert into cohort (course_id, unit_id, title, starts_on, ends_on) values (?, ?, 'Đợt 1', "
                + starts + ", " + ends + ") returning id", course, commune);
    }

    boolean lessonDone(CurrentUser u, long course, long lesson) {
        return f.fixtures.queryLong("""
                select count(*) from lesson_progress p join enrollment e on e.id = p.enrollment_id
                where e.account_id = ? and e.course_id = ? and p.lesson_id = ? and p.done_at is not null""", u.accountId(), course, lesson) == 1;
    }

    /** Takes the quiz, answering the first {@code right} questions right, and submits. */
    void take(long quiz, CurrentUser u, int right) {
        Taker t = Taker.account(u.accountId());
        long id = attempts.start(quiz, t, null, null).attemptId();
        AttemptSheet sheet = attempts.sheet(id, t);
        List<Response> out = new ArrayList<>();
        for (SheetQuestion q : sheet.questions()) {
            boolean ok = out.size() < right;
            int p = q.options().stream().filter(o -> o.text().startsWith("R") == ok).findFirst().orElseThrow().position();
            out.add(Response.chosen(List.of(p)));
        }
        attempts.submit(id, t, out);
    }
}
