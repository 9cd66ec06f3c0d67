package vn.hocluat.plans;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.plans.kpi.KpiService;
import vn.hocluat.plans.kpi.TargetKpi;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dev sample of Kon Chiêng (units, roster, plans, then DevSampleKonChieng) gives the plan's dashboard
 * the figures the README states on 23/11/2026; all inside a transaction rolled back, so the shared database stays clean.
 */
@MicronautTest(transactional = false)
class KonChiengSampleTest implements TestDatabase {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Inject
    ApplicationContext context;
    @Inject
    PlanService plans;
    @Inject
    TargetReports reports;
    @Inject
    KpiService kpis;
    @Inject
    JdbcOperations jdbc;

    @Test
    void kon_chieng_is_two_of_three_trained_and_three_of_four_activities_online_with_two_reported_figures() {
        new DevSampleWorld(context).rolledBack(root -> {
            DevSampleKonChieng sample = new DevSampleKonChieng(jdbc);
            assertTrue(sample.load());
            assertFalse(sample.load(), "recorded once");

            long planId = plans.existing(DevSampleKonChieng.UNIT, DevSampleKonChieng.DOC).orElseThrow();
            Plan plan = plans.get(root, planId);
            Map<Long, Plan.Target> targets = plan.targets().stream().collect(Collectors.toMap(Plan.Target::id, Function.identity()));
            assertEquals(List.of("TRAINED_SHARE 2/3 66.67 ON_TRACK", "ONLINE_ACTIVITY_SHARE 3/4 75.00 MET"),
                    phase1(planId, plan, targets));

            // the browser journey's step: a new in-person session on the day, MAU0026 checked in and marked completed
            jdbc.prepareStatement("""
                    with a as (insert into training_activity (unit_id, title, search_text, topics, mode, starts_on, ends_on)
                               select id, 'Buổi tập huấn', 'buoi tap huan', '{chuyen-doi-so-pbgdpl}', 'IN_PERSON', ?, ? from unit where code = 'GL-KONCHIENG'
                               returning id)
                    insert into activity_participant (activity_id, person_id, status, completed, source)
                    select a.id, p.id, 'PRESENT', true, 'CHECKIN' from a, person p where p.code = 'MAU0026'""", st -> {
                st.setObject(1, DAY);
                st.setObject(2, DAY);
                return st.executeUpdate();
            });
            assertEquals(List.of("TRAINED_SHARE 3/3 100.00 MET", "ONLINE_ACTIVITY_SHARE 3/5 60.00 ON_TRACK"),
                    phase1(planId, plan, targets));

            assertEquals(List.of("CITIZEN_REACH_SHARE 60 2026-09-30 62 8618/13900", "SATISFACTION_SHARE 90 2026-09-30 91 182/200"),
                    reports.of(root, plan).stream().map(r -> {
                        Plan.Target t = targets.get(r.targetId());
                        return t.metric() + " " + t.threshold().toPlainString() + " " + r.asOf() + " " + r.value().stripTrailingZeros().toPlainString()
                                + " " + r.numerator().toBigInteger() + "/" + r.denominator().toBigInteger();
                    }).sorted().toList());
            assertTrue(reports.of(root, plan).stream().allMatch(r -> "GL-KONCHIENG".equals(r.unitCode()) && r.sourceNote().contains("Kon Chiêng")));
        });
    }

    /** Kon Chiêng's phase-1 TRAINED_SHARE and ONLINE_ACTIVITY_SHARE on the day: "metric n/d value status". */
    private List<String> phase1(long planId, Plan plan, Map<Long, Plan.Target> targets) {
        return kpis.kpis(root(), planId, DevSampleKonChieng.UNIT, DAY).stream()
                .filter(k -> targets.get(k.targetId()).phasePosition(plan.phases()) == 1)
                .filter(k -> List.of("TRAINED_SHARE", "ONLINE_ACTIVITY_SHARE").contains(k.metric()))
                .map(KonChiengSampleTest::figures).toList();
    }

    private CurrentUser root() {
        return new CurrentUser(0, "dev-sample", "dev-sample", Role.ADMIN, new Fixtures(context).rootId());
    }

    private static String figures(TargetKpi k) {
        TargetKpi.UnitKpi u = k.unit();
        return k.metric() + " " + u.numerator() + "/" + u.denominator() + " " + u.value().toPlainString() + " " + u.status();
    }
}
