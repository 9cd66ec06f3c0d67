package vn.hocluat.learning;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.annotation.Nullable;
import vn.hocluat.assessment.QuizFixtures;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.Fixtures;

import java.time.LocalDate;

/**
 * Learning test data written with SQL (the state a test starts from): courses, modules, lessons,
 * course quizzes, roster persons linked to accounts. Slugs and codes are unique per JVM.
 */
public final class CourseFixtures {
    public final QuizFixtures quiz;
    public final Fixtures fixtures;

    public CourseFixtures(ApplicationContext context) {
        this.quiz = new QuizFixtures(context);
        this.fixtures = quiz.fixtures;
    }

    public record CourseRef(long id, String slug) {
    }

    /** A course of the unit; title "Khóa học <slug>", topics {luat-pbgdpl}, audience {OFFICIAL, MEDIATOR}. */
    public CourseRef course(long unitId, String visibility, boolean published, boolean selfEnrol) {
        String slug = Fixtures.unique("kh").toLowerCase();
        long id = fixtures.queryLong("""
                insert into course (slug, title, search_text, summary, unit_id, visibility, published, self_enrol, topics, audience, estimated_minutes)
                values (?, ?, ?, 'Tóm tắt', ?, ?, ?, ?, '{luat-pbgdpl}', '{OFFICIAL,MEDIATOR}', 90) returning id""",
                slug, "Khóa học " + slug, "khoa hoc " + slug, unitId, visibility, published, selfEnrol);
        return new CourseRef(id, slug);
    }

    public long module(long courseId, String title) {
        return fixtures.queryLong("""
                insert into course_module (course_id, position, slug, title)
                values (?, (select count(*) + 1 from course_module where course_id = ?), ?, ?) returning id""",
                courseId, courseId, Fixtures.unique("chuong").toLowerCase(), title);
    }

    /** A TEXT, VIDEO, AUDIO or DOCUMENT lesson at the end of the module; returns its id. */
    public long lesson(long courseId, long moduleId, String kind, boolean required) {
        return fixtures.queryLong("""
                insert into lesson (course_id, module_id, position, slug, kind, title, body, required, external_url)
                values (?, ?, (select count(*) + 1 from lesson where module_id = ?), ?, ?, ?, 'Nội dung **bài học**.', ?, ?) returning id""",
                courseId, moduleId, moduleId, Fixtures.unique("bai").toLowerCase(), kind, "Bài " + kind.toLowerCase(), required,
                kind.equals("VIDEO") ? "https://example.org/video" : null);
    }

    /** A quiz lesson on a new quiz of the unit: {@code questions} single-choice questions (right option "R i"), all drawn, pass mark as given. */
    public long quizLesson(long courseId, long moduleId, long unitId, int questions, int passPercent, boolean mustPass) {
        long bank = quiz.bankOfSingles(unitId, Fixtures.unique("Ngân hàng"), questions, "Câu ", 2);
        long quizId = fixtures.queryLong("""
                insert into quiz (unit_id, title, pass_percent, shuffle_questions, shuffle_options) values (?, ?, ?, false, false) returning id""",
                unitId, Fixtures.unique("Kiểm tra"), passPercent);
        quiz.exec("insert into quiz_rule (quiz_id, position, kind, bank_id, draw_count) values (?, 1, 'DRAW', ?, ?)", quizId, bank, questions);
        return fixtures.queryLong("""
                insert into lesson (course_id, module_id, position, slug, kind, title, quiz_id, must_pass)
                values (?, ?, (select count(*) + 1 from lesson where module_id = ?), ?, 'QUIZ', 'Bài kiểm tra', ?, ?) returning id""",
                courseId, moduleId, moduleId, Fixtures.unique("kiem-tra").toLowerCase(), quizId, mustPass);
    }

    public long quizOf(long lessonId) {
        return fixtures.queryLong("select quiz_id from lesson where id = ?", lessonId);
    }

    /** A roster person of the unit (active from 01/01/2025), linked to the account when given; returns the person id. */
    public long person(long unitId, String fullName, @Nullable CurrentUser account) {
        return fixtures.queryLong("""
                insert into person (code, full_name, search_name, unit_id, active_from, account_id, birth_date)
                values (?, ?, lower(?), ?, date '2025-01-01', ?, date '1985-03-14') returning id""",
                Fixtures.unique("P"), fullName, fullName, unitId, account == null ? null : account.accountId());
    }

    /** Puts the person in an audience group; MEDIATOR with the recognition date given. */
    public void group(long personId, String groupCode, @Nullable LocalDate recognizedOn) {
        quiz.exec("insert into person_group (person_id, group_code, recognized_on) values (?, ?, ?)", personId, groupCode, recognizedOn);
    }
}
