package vn.hocluat.learning;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.quiz.QuizService;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quiz of a public course owned by a commune is open to learners enrolled from anywhere, and only to them. */
@MicronautTest(transactional = false)
class CourseQuizPermitTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    QuizService quizzes;
    @Inject
    Enrolments enrolments;

    @Test
    void learner_of_another_province_enrolled_in_a_public_course_may_take_its_quiz() {
        CourseFixtures f = new CourseFixtures(context);
        long communeA = f.quiz.commune(f.quiz.province());
        long communeB = f.quiz.commune(f.quiz.province());
        long course = f.course(communeA, "PUBLIC", true, true).id();
        long lesson = f.quizLesson(course, f.module(course, "Chương 1"), communeA, 3, 80, true);
        long quiz = f.quizOf(lesson);
        CurrentUser enrolled = f.quiz.user("LEARNER", communeB);
        CurrentUser notEnrolled = f.quiz.user("LEARNER", communeB);
        enrolments.enrol(enrolled, course);

        assertTrue(quizzes.access(enrolled, quiz).take());
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(Problem.class, () -> quizzes.access(notEnrolled, quiz)).status());
    }

    @Test
    void enrolment_in_an_internal_course_the_learner_can_no_longer_view_does_not_open_its_quiz() {
        CourseFixtures f = new CourseFixtures(context);
        long communeA = f.quiz.commune(f.quiz.province());
        long communeB = f.quiz.commune(f.quiz.province());
        long course = f.course(communeA, "INTERNAL", true, true).id();
        long quiz = f.quizOf(f.quizLesson(course, f.module(course, "Chương 1"), communeA, 3, 80, true));
        CurrentUser learner = f.quiz.user("LEARNER", communeB);
        f.quiz.exec("insert into enrollment (course_id, account_id, source) values (?, ?, 'SELF')", course, learner.accountId());

        assertEquals(HttpStatus.FORBIDDEN, assertThrows(Problem.class, () -> quizzes.access(learner, quiz)).status());
    }
}
