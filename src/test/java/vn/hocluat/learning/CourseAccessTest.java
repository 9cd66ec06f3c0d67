package vn.hocluat.learning;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.TestDatabase;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may view and edit a course, and who an assignment covers with which deadline. */
@MicronautTest(transactional = false)
class CourseAccessTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    CourseAccess access;

    CourseFixtures f;
    long province;
    long communeA;
    long communeB;

    @BeforeAll
    void setUp() {
        f = new CourseFixtures(context);
        province = f.quiz.province();
        communeA = f.quiz.commune(province);
        communeB = f.quiz.commune(province);
    }

    @Test
    void internal_course_is_visible_in_the_owner_subtree_only_and_editable_by_its_authors() {
        long course = f.course(communeA, "INTERNAL", true, true).id();
        CurrentUser learnerA = f.quiz.user("LEARNER", communeA);
        CurrentUser learnerB = f.quiz.user("LEARNER", communeB);
        CurrentUser trainerB = f.quiz.user("TRAINER", communeB);
        CurrentUser trainerProvince = f.quiz.user("TRAINER", province);

        assertEquals(course, access.requireView(learnerA, course).id());
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(Problem.class, () -> access.requireView(learnerB, course)).status());
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(Problem.class, () -> access.requireView(null, course)).status());
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(Problem.class, () -> access.requireEdit(trainerB, course)).status());
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(Problem.class, () -> access.requireEdit(learnerA, course)).status());
        assertEquals(course, access.requireEdit(trainerProvince, course).id());
    }

    @Test
    void unpublished_course_is_hidden_from_learners_but_not_from_its_authors() {
        long course = f.course(communeA, "PUBLIC", false, true).id();
        CourseHead head = access.head(course).orElseThrow();
        assertFalse(access.canView(null, head));
        assertFalse(access.canView(f.quiz.user("LEARNER", communeA), head));
        assertTrue(access.canView(f.quiz.user("MANAGER", communeA), head));
    }

    @Test
    void public_course_is_visible_without_an_account_and_across_units() {
        long course = f.course(communeA, "PUBLIC", true, true).id();
        CourseHead head = access.head(course).orElseThrow();
        assertTrue(access.canView(null, head));
        assertTrue(access.canView(f.quiz.user("LEARNER", communeB), head));
    }

    @Test
    void assignment_due_covers_group_members_of_the_subtree_with_relative_deadlines() {
        long course = f.course(province, "INTERNAL", true, false).id();
        long recognised = f.person(communeA, "Lò Thị Mai", null);
        f.group(recognised, "MEDIATOR", LocalDate.of(2025, 9, 15));
        long notMediator = f.person(communeA, "Nguyễn Văn An", null);
        long otherCommune = f.person(communeB, "Trần Văn Bình", null);
        f.group(otherCommune, "MEDIATOR", LocalDate.of(2025, 10, 1));
        f.quiz.exec("""
                insert into course_assignment (course_id, unit_id, target, group_code, due_months, due_base)
                values (?, ?, 'GROUP', 'MEDIATOR', 6, 'RECOGNIZED')""", course, communeA);

        assertEquals("2026-03-15", f.quiz.text("select due_on::text from assignment_due where course_id = ? and person_id = ?", course, recognised));
        assertEquals(1, f.fixtures.queryLong("select count(*) from assignment_due where course_id = ?", course));
        assertEquals(0, f.fixtures.queryLong("select count(*) from assignment_due where person_id in (?, ?)", notMediator, otherCommune));
    }
}
