package vn.hocluat.training;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.learning.assign.AssignScene;
import vn.hocluat.plans.kpi.KpiService;
import vn.hocluat.plans.kpi.TargetKpi;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Course cohorts and self-paced completions appear in the activity list as read-only ONLINE lines,
 * filtered and paged with the recorded activities, within the viewer's subtree, and the list agrees
 * with ONLINE_ACTIVITY_SHARE. Data (topic T, plan from 01/01/2026, day 30/06/2026):
 * commune A: r1 IN_PERSON 10/01/2026, r2 ONLINE 05/02/2026, cohort "Đợt 1 năm 2026" of K 01–31/03/2026
 * (members a1, a2; a1 completed in it), cohort "Đợt thí điểm" 10/2025 (before the window), self-paced K by
 * a3 at 23:30 on 31/12/2025 and a4 at 00:30 on 01/01/2026 (Vietnam time); commune B: rB ONLINE 01/02/2026,
 * cohort "Đợt 2" of K 04/2026, self-paced K by b1 on 05/05/2026.
 */
@MicronautTest(transactional = false)
class OnlineActivityRowsTest implements TestDatabase {
    private static final String T = "chuyen-doi-so-pbgdpl";
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    ActivityService activities;
    @Inject
    KpiService kpis;

    AssignScene s;
    CurrentUser provinceManager;
    long course;
    String courseTitle;
    long cohortA;
    long cohortB;
    long plan;
    long target;

    @BeforeAll
    void setUp() {
        s = new AssignScene(context);
        provinceManager = s.f.quiz.user("MANAGER", s.province);
        var ref = s.course();
        course = ref.id();
        courseTitle = "Kỹ năng số «" + ref.slug() + "»";
        s.f.quiz.exec("update course set title = ?, search_text = ?, topics = ?::text[] where id = ?",
                courseTitle, "ky nang so " + ref.slug(), "{" + T + "}", course);
        activity(s.communeA, "IN_PERSON", "2026-01-10", "Hội nghị tập huấn");
        activity(s.communeA, "ONLINE", "2026-02-05", "Lớp trực tuyến xã A");
        activity(s.communeB, "ONLINE", "2026-02-01", "Lớp trực tuyến xã B");
        long a1 = learner(s.communeA, "Người A1");
        long a2 = learner(s.communeA, "Người A2");
        cohortA = cohort(s.communeA, "Đợt 1 năm 2026", "2026-03-01", "2026-03-31");
        s.f.quiz.exec("insert into cohort_member (cohort_id, person_id) values (?, ?), (?, ?)", cohortA, a1, cohortA, a2);
        s.complete(a1, course, "2026-03-20T10:00:00+07", cohortA);
        cohort(s.communeA, "Đợt thí điểm", "2025-10-01", "2025-10-31");
        s.complete(learner(s.communeA, "Người A3"), course, "2025-12-31T23:30:00+07", null);
        s.complete(learner(s.communeA, "Người A4"), course, "2026-01-01T00:30:00+07", null);
        cohortB = cohort(s.communeB, "Đợt 2", "2026-04-01", "2026-04-30");
        s.complete(learner(s.communeB, "Người B1"), course, "2026-05-05T08:00:00+07", null);

        plan = s.count("""
                insert into plan (unit_id, doc_number, doc_date, title, issuer, starts_on, ends_on, hybrid_counts_online)
                values (?, '1/KH', date '2026-01-01', 'Kế hoạch', 'UBND tỉnh', date '2026-01-01', date '2030-12-31', false) returning id""",
                s.province);
        target = s.count("""
                insert into plan_target (plan_id, position, label, metric, topics, window_kind, threshold)
                values (?, 1, 'Tỷ lệ trực tuyến', 'ONLINE_ACTIVITY_SHARE', ?::text[], 'PLAN', 75) returning id""", plan, "{" + T + "}");
    }

    @Test
    void online_lines_listed_for_a_unit_and_window_are_the_metrics_online_count() {
        TargetKpi k = kpis.kpis(provinceManager, plan, s.province, DAY).stream()
                .filter(x -> x.targetId() == target).findFirst().orElseThrow();
        // P: r2, rB, cohort A, cohort B, K-2026 (a4 and b1: one activity) of 6; A: r2, cohort A, K-2026 of 4; B: rB, cohort B, K-2026
        assertEquals(List.of(5L, 6L), List.of(k.unit().numerator(), k.unit().denominator()));
        assertEquals(5, online(s.province));
        for (TargetKpi.UnitKpi child : k.children()) {
            assertEquals(child.numerator(), online(child.unitId()), child.unitName());
        }
        assertEquals(List.of(3L, 3L), List.of(online(s.communeA), online(s.communeB)));
    }

    @Test
    void cohorts_and_self_paced_years_are_read_only_online_lines_saying_where_they_come_from() {
        Web web = AssignScene.login(server, s.managerA);
        String page = web.get("/activities").body();
        String cohort = row(page, courseTitle + " – Đợt 1 năm 2026");
        assertTrue(cohort.contains("<a href=\"/cohorts/" + cohortA + "\">"), cohort);
        assertTrue(cohort.contains("Lớp học trực tuyến (khóa học)") && cohort.contains("01/03/2026 – 31/03/2026")
                && cohort.contains("2 ghi danh</td>\n      <td>1</td>") && cohort.contains("Xã Hòa Bình"), cohort);
        assertFalse(cohort.contains("/activities/"), cohort);
        String year2026 = row(page, courseTitle + "</a>");
        assertTrue(year2026.contains("<a href=\"/assignments/completions?courseId&#x3D;" + course + "&amp;from&#x3D;01%2F01%2F2026&amp;to&#x3D;31%2F12%2F2026\">"), year2026);
        assertTrue(year2026.contains("Tự học trực tuyến") && year2026.contains("01/01/2026 – 01/01/2026")
                && year2026.contains("1 người học") && year2026.contains("Lấy tự động từ dữ liệu học trực tuyến, chỉ xem"), year2026);
        assertTrue(page.contains("31/12/2025 – 31/12/2025"), "a3's completion at 23:30 on 31/12/2025 is in 2025");
        assertFalse(page.contains("Đợt 2"), "commune B's cohort is outside commune A's subtree");
    }

    @Test
    void filters_apply_to_the_derived_lines() {
        Web web = AssignScene.login(server, provinceManager);
        String cohortTitle = courseTitle + " – Đợt 1 năm 2026";
        assertTrue(web.get("/activities?q=dot+1+nam+2026").body().contains(cohortTitle));
        assertFalse(web.get("/activities?q=dot+1+nam+2026").body().contains("Đợt 2"));
        assertFalse(web.get("/activities?mode=IN_PERSON").body().contains(courseTitle));
        assertTrue(web.get("/activities?mode=ONLINE&topic=" + T).body().contains(cohortTitle));
        assertFalse(web.get("/activities?topic=luat-pbgdpl").body().contains(courseTitle));
        String before = web.get("/activities?to=31/12/2025").body();
        assertTrue(before.contains("31/12/2025 – 31/12/2025") && before.contains("Đợt thí điểm"), before);
        assertFalse(before.contains("01/01/2026 – 05/05/2026") || before.contains("Đợt 1 năm 2026"), before);
        String ofB = web.get("/activities?unit=" + s.communeB).body();
        assertTrue(ofB.contains(courseTitle + " – Đợt 2") && ofB.contains("05/05/2026 – 05/05/2026"), ofB);
        assertFalse(ofB.contains("Đợt 1 năm 2026") || ofB.contains("01/01/2026 – 05/05/2026"), ofB);
        assertTrue(web.get("/activities").body().contains("01/01/2026 – 05/05/2026"), "one line for the province: a4 and b1 in 2026");
    }

    @Test
    void paging_runs_over_the_union_in_date_order() {
        // commune C, all before the window and on another topic: 48 sessions from 03/06/2024, a cohort of 03/2024,
        // a self-paced completion on 15/01/2024, one activity of 2023: the first page ends with the cohort and
        // the self-paced year, the second holds the 2023 activity
        long communeC = s.f.fixtures.unit(s.province, Fixtures.unique("X"), "Xã Cát Tiên", "COMMUNE");
        long other = s.course().id();
        s.f.quiz.exec("""
                insert into training_activity (unit_id, title, search_text, topics, mode, starts_on, ends_on)
                select ?, 'Buổi ' || n, 'buoi ' || n, '{}', 'IN_PERSON', date '2024-06-02' + n, date '2024-06-02' + n
                from generate_series(1, 48) n""", communeC);
        s.f.quiz.exec("insert into cohort (course_id, unit_id, title, starts_on, ends_on) values (?, ?, 'Đợt C', date '2024-03-01', date '2024-03-31')",
                other, communeC);
        s.complete(learner(communeC, "Người C1"), other, "2024-01-15T09:00:00+07", null);
        s.f.quiz.exec("""
                insert into training_activity (unit_id, title, search_text, topics, mode, starts_on, ends_on)
                values (?, 'Hội nghị 2023', 'hoi nghi 2023', '{}', 'IN_PERSON', date '2023-05-01', date '2023-05-01')""", communeC);

        Paged<ActivityRow> page1 = activities.list(provinceManager, new ActivityFilter(communeC, null, null, null, null, null, 1));
        assertEquals(51, page1.total());
        assertEquals(List.of("RECORDED 2024-07-20", "COHORT 2024-03-01", "SELF_PACED 2024-01-15"),
                List.of(line(page1, 0), line(page1, 48), line(page1, 49)));
        Paged<ActivityRow> page2 = activities.list(provinceManager, new ActivityFilter(communeC, null, null, null, null, null, 2));
        assertEquals(List.of("RECORDED 2023-05-01"), page2.items().stream().map(r -> r.origin() + " " + r.startsOn()).toList());
    }

    private static String line(Paged<ActivityRow> page, int i) {
        ActivityRow r = page.items().get(i);
        return r.origin() + " " + r.startsOn();
    }

    @Test
    void manager_of_another_commune_sees_none_of_the_communes_online_lines() {
        String page = AssignScene.login(server, s.managerB).get("/activities").body();
        assertFalse(page.contains("Đợt 1 năm 2026") || page.contains("Đợt thí điểm") || page.contains("31/12/2025 – 31/12/2025"), page);
        assertTrue(page.contains("05/05/2026 – 05/05/2026"), "only b1's self-paced completion");
        assertEquals(403, AssignScene.login(server, s.managerB).get("/activities?unit=" + s.communeA).statusCode());
    }

    private long online(long unitId) {
        return activities.list(provinceManager, new ActivityFilter(unitId, ActivityMode.ONLINE, T, FROM, DAY, null, 1)).total();
    }

    /** The table row containing the text. */
    private static String row(String page, String text) {
        Matcher m = Pattern.compile("<tr>(?:(?!</tr>).)*" + Pattern.quote(text) + "(?:(?!</tr>).)*</tr>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), text + " in " + page);
        return m.group();
    }

    private long learner(long unit, String name) {
        return s.f.person(unit, name, s.f.quiz.user("LEARNER", unit));
    }

    private long cohort(long unit, String title, String from, String to) {
        return s.count("insert into cohort (course_id, unit_id, title, starts_on, ends_on) values (?, ?, ?, ?::date, ?::date) returning id",
                course, unit, title, from, to);
    }

    private void activity(long unit, String mode, String day, String title) {
        s.f.quiz.exec("""
                insert into training_activity (unit_id, title, search_text, topics, mode, starts_on, ends_on)
                values (?, ?, lower(?), ?::text[], ?, ?::date, ?::date)""", unit, title, title, "{" + T + "}", mode, day, day);
    }
}
