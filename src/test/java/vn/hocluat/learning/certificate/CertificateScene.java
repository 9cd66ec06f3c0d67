package vn.hocluat.learning.certificate;

import io.micronaut.context.ApplicationContext;
import vn.hocluat.learning.CourseFixtures;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.Fixtures;

/**
 * The state certificate tests start from, written with SQL: a province that owns the courses,
 * a commune with a learner (roster person Nguyễn Thị Hồng Nhung, born 14/03/1985, with phone and
 * e-mail that must never leak) and another commune; completions are inserted as the completion
 * service would store them.
 */
final class CertificateScene {
    static final String LEARNER_NAME = "Nguyễn Thị Hồng Nhung";
    static final String COURSE_TITLE = "Kỹ năng hòa giải ở cơ sở";
    static final String PROVINCE_NAME = "Tỉnh Kiểm Tra";
    static final String COMMUNE_NAME = "Xã Hòa Bình Kiểm Tra";
    static final String PHONE = "0912345678";
    static final String EMAIL = "nhung.nguyen@example.vn";
    /** 20/11/2026 18:30 UTC is already 21/11/2026 in Hà Nội. */
    static final String COMPLETED_AT = "2026-11-20T18:30:00Z";

    final CourseFixtures f;
    final long province;
    final long communeA;
    final long communeB;
    final CurrentUser learner;
    final long person;

    CertificateScene(ApplicationContext context) {
        f = new CourseFixtures(context);
        province = f.quiz.province();
        communeA = f.fixtures.unit(province, Fixtures.unique("X"), COMMUNE_NAME, "COMMUNE");
        communeB = f.quiz.commune(province);
        learner = f.quiz.user("LEARNER", communeA);
        person = f.person(communeA, LEARNER_NAME, learner);
        f.quiz.exec("update person set phone = ?, email = ? where id = ?", PHONE, EMAIL, person);
    }

    /** A new 90-minute course of the province titled {@link #COURSE_TITLE} (a learner completes a course once). */
    long course() {
        long course = f.course(province, "INTERNAL", true, true).id();
        f.quiz.exec("update course set title = ? where id = ?", COURSE_TITLE, course);
        return course;
    }

    /** A completion of a new course by the scene's learner. */
    long completion() {
        return completion(course(), learner, person);
    }

    /** A completion of the course by the account, linked to the roster person when given (0: none). */
    long completion(long courseId, CurrentUser account, long personId) {
        return f.fixtures.queryLong("""
                insert into course_completion (course_id, course_version, account_id, person_id, completed_at)
                values (?, 1, ?, ?, cast(? as timestamptz)) returning id""",
                courseId, account.accountId(), personId == 0 ? null : personId, COMPLETED_AT);
    }

    String code(long completionId) {
        return f.quiz.text("select code from certificate where completion_id = ?", completionId);
    }
}
