package vn.hocluat.learning.assign;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.hocluat.learning.CourseFixtures;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.Web;

import java.time.LocalDate;

/**
 * A province with two communes (A: Xã Hòa Bình, B: Xã Tân Lập), a manager in each; each test makes
 * its own course and persons so counts do not mix.
 */
public final class AssignScene {
    public final CourseFixtures f;
    public final long province;
    public final long communeA;
    public final long communeB;
    public final CurrentUser managerA;
    public final CurrentUser managerB;

    public AssignScene(ApplicationContext context) {
        f = new CourseFixtures(context);
        province = f.fixtures.unit(f.fixtures.rootId(), Fixtures.unique("T"), "Tỉnh Nam Định", "PROVINCE");
        communeA = f.fixtures.unit(province, Fixtures.unique("X"), "Xã Hòa Bình", "COMMUNE");
        communeB = f.fixtures.unit(province, Fixtures.unique("X"), "Xã Tân Lập", "COMMUNE");
        managerA = f.quiz.user("MANAGER", communeA);
        managerB = f.quiz.user("MANAGER", communeB);
    }

    /** A browser session signed in as the user (test password). */
    public static Web login(EmbeddedServer server, CurrentUser user) {
        return new Web(server.getURI()).login(user.username(), Fixtures.PASSWORD);
    }

    /** A new village of commune A (Thôn Đông), so a test's group assignment covers only its own persons. */
    public long village() {
        return f.fixtures.unit(communeA, Fixtures.unique("TH"), "Thôn Đông", "VILLAGE");
    }

    /** A published INTERNAL course of the province (visible in both communes). */
    public CourseFixtures.CourseRef course() {
        return f.course(province, "INTERNAL", true, false);
    }

    /** A mediator of the unit recognised on the day, with a learner account when asked; returns the person id. */
    public long mediator(long unit, String name, LocalDate recognised, boolean withAccount) {
        long person = f.person(unit, name, withAccount ? f.quiz.user("LEARNER", unit) : null);
        f.group(person, "MEDIATOR", recognised);
        return person;
    }

    public String code(long personId) {
        return f.quiz.text("select code from person where id = ?", personId);
    }

    public long count(String sql, Object... args) {
        return f.fixtures.queryLong(sql, args);
    }

    /** A stored completion (score 8.5 of 10) of the person's account, as the completion service writes it. */
    public void complete(long personId, long courseId, String completedAt, Long cohortId) {
        f.quiz.exec("""
                insert into course_completion (course_id, course_version, account_id, person_id, completed_at, score, max_score, cohort_id)
                select ?, 1, p.account_id, p.id, cast(? as timestamptz), 8.5, 10, ? from person p where p.id = ?""",
                courseId, completedAt, cohortId, personId);
    }
}
