package vn.hocluat.plans.kpi;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.TestDatabase;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.plans.kpi.KpiScene.DAY;
import static vn.hocluat.plans.kpi.KpiScene.T;

/**
 * The per-unit counts behind the KPIs (KpiCounts, V220) follow every write to the facts: a KPI read,
 * then a write, then a read again shows the write. Figures of {@link KpiScene}; a new scene per test.
 */
@MicronautTest(transactional = false)
class KpiCountsTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    KpiService kpis;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    JdbcOperations jdbc;
    @Inject
    KpiCatalogue catalogue;
    @Inject
    KpiTargets targets;

    KpiScene s;
    CurrentUser manager;

    @BeforeEach
    void scene() {
        s = new KpiScene(context);
        manager = s.cf.quiz.user("MANAGER", s.province);
    }

    /** "province; A; B; E" as numerator/denominator. */
    private String figures(long target) {
        TargetKpi k = kpis.kpis(manager, s.plan, s.province, DAY).stream().filter(x -> x.targetId() == target).findFirst().orElseThrow();
        List<String> rows = new ArrayList<>();
        rows.add(k.unit().numerator() + "/" + k.unit().denominator());
        k.children().forEach(c -> rows.add(c.numerator() + "/" + c.denominator()));
        return String.join("; ", rows);
    }

    private long person(String name) {
        return s.cf.fixtures.queryLong("select p.id from person p join unit u on u.id = p.unit_id where p.full_name = ? and u.path like "
                + "(select path from unit where id = ?) || '%'", name, s.province);
    }

    private long trainedShare() {
        return s.target(s.plan, s.phase1, "TRAINED_SHARE", "{OFFICIAL}", "{" + T + "}", "PLAN", "80", null, "ALL", "{}");
    }

    @Test
    void trend_point_waits_while_more_units_than_allowed_lack_counts_then_reads_the_stored_ones() {
        long t = trainedShare();
        KpiMetric metric = catalogue.find("TRAINED_SHARE").orElseThrow();
        String[] point = tx.executeRead(st -> {
            TargetSpec spec = targets.target(t).orElseThrow();
            UnitRef province = targets.unit(s.province).orElseThrow();
            String before = metric.computeWithin(spec, province, DAY, 1).map(m -> "computed").orElse("pending");
            metric.compute(spec, province, DAY);
            Count c = metric.computeWithin(spec, province, DAY, 1).orElseThrow().get(s.province);
            return new String[]{before, c.numerator() + "/" + c.denominator()};
        });
        assertEquals("pending", point[0]);
        assertEquals("3/7", point[1]);
    }

    @Test
    void check_in_after_a_read_counts_on_the_next_read() {
        long t = trainedShare();
        assertEquals("3/7; 2/5; 1/2; 0/0", figures(t));
        long activity = s.cf.fixtures.queryLong("""
                insert into training_activity (unit_id, title, search_text, topics, mode, starts_on, ends_on)
                values (?, 'Hội nghị', 'hoi nghi', array[?], 'IN_PERSON', date '2026-02-19', date '2026-02-19') returning id""",
                s.communeB, T);
        s.cf.quiz.exec("""
                insert into activity_participant (activity_id, person_id, status, completed, checked_in_at, source)
                values (?, ?, 'PRESENT', true, now(), 'CHECKIN')""", activity, person("Người B2"));
        assertEquals("4/7; 2/5; 2/2; 0/0", figures(t));
    }

    @Test
    void check_in_not_yet_committed_counts_in_its_own_transaction() {
        long t = trainedShare();
        assertEquals("3/7; 2/5; 1/2; 0/0", figures(t));
        long b2 = person("Người B2");
        String inside = tx.executeWrite(status -> {
            jdbc.prepareStatement("""
                    insert into activity_participant (activity_id, person_id, status, completed, source)
                    select a.id, ?, 'PRESENT', true, 'CHECKIN' from training_activity a
                    where a.unit_id = ? and a.starts_on = date '2026-01-05'""", st -> {
                st.setLong(1, b2);
                st.setLong(2, s.communeB);
                return st.executeUpdate();
            });
            return figures(t);
        });
        assertEquals("4/7; 2/5; 2/2; 0/0", inside);
        assertEquals("4/7; 2/5; 2/2; 0/0", figures(t));
    }

    @Test
    void person_moved_to_another_commune_counts_there_on_the_next_read() {
        long t = trainedShare();
        assertEquals("3/7; 2/5; 1/2; 0/0", figures(t));
        s.cf.quiz.exec("update person set unit_id = ? where id = ?", s.communeB, person("Người A1"));
        assertEquals("3/7; 1/4; 2/3; 0/0", figures(t));
    }

    @Test
    void activity_topics_changed_change_its_participants_records_on_the_next_read() {
        long t = trainedShare();
        assertEquals("3/7; 2/5; 1/2; 0/0", figures(t));
        // act8 ("khac") was a5's only completion
        s.cf.quiz.exec("update training_activity set topics = array[?] where unit_id = ? and topics = '{khac}'", T, s.communeA);
        assertEquals("4/7; 3/5; 1/2; 0/0", figures(t));
    }

    @Test
    void lesson_opened_by_account_counts_for_material_access_on_the_next_read() {
        long t = s.target(s.plan, s.phase1, "MATERIAL_ACCESS_SHARE", "{MEDIATOR}", "{}", "PLAN", "100", null, "ALL", "{" + s.courseK1 + "}");
        assertEquals("2/6; 1/3; 1/3; 0/0", figures(t));
        long m2 = person("Người M2");
        long enrollment = s.cf.fixtures.queryLong("""
                insert into enrollment (course_id, account_id, source) select ?, account_id, 'SELF' from person where id = ? returning id""",
                s.courseK1, m2);
        s.cf.quiz.exec("""
                insert into lesson_progress (enrollment_id, lesson_id, first_opened_at)
                select ?, l.id, timestamptz '2026-02-10 10:00+07' from lesson l where l.course_id = ?""", enrollment, s.courseK1);
        assertEquals("3/6; 2/3; 1/3; 0/0", figures(t));
    }

    @Test
    void online_activity_organised_after_a_read_counts_on_the_next_read() {
        long t = s.target(s.plan, s.phase1, "ONLINE_ACTIVITY_SHARE", "{}", "{" + T + "}", "PLAN", "75", null, "ALL", "{}");
        assertEquals("6/10; 2/5; 4/5; 0/0", figures(t));
        s.cf.quiz.exec("""
                insert into training_activity (unit_id, title, search_text, topics, mode, starts_on, ends_on)
                values (?, 'Trực tuyến', 'truc tuyen', array[?], 'ONLINE', date '2026-02-01', date '2026-02-01')""", s.communeE, T);
        assertEquals("7/11; 2/5; 4/5; 1/1", figures(t));
    }

    @Test
    void course_topics_changed_raise_the_version_of_every_unit() {
        long before = s.cf.fixtures.queryLong("select coalesce((select version from kpi_unit_version where unit_id = ?), 0)", s.communeE);
        s.cf.quiz.exec("update course set topics = '{khac,moi}' where id = ?", s.courseK1);
        long after = s.cf.fixtures.queryLong("select coalesce((select version from kpi_unit_version where unit_id = ?), 0)", s.communeE);
        assertTrue(after > before);
    }
}
