package vn.hocluat.plans;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.plans.kpi.KpiService;
import vn.hocluat.plans.kpi.TargetKpi;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.TestDatabase;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dev training sample of Vĩnh Long and Gò Dầu gives their plans the online shares the README states on 23/11/2026 (rolled back). */
@MicronautTest(transactional = false)
class TrainingSampleTest implements TestDatabase {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Inject
    ApplicationContext context;
    @Inject
    PlanService plans;
    @Inject
    KpiService kpis;
    @Inject
    JdbcOperations jdbc;

    @Test
    void vinh_long_is_two_of_three_online_and_go_dau_three_of_four_with_its_four_officials_trained() {
        new DevSampleWorld(context).rolledBack(root -> {
            DevSampleTraining sample = new DevSampleTraining(jdbc);
            assertTrue(sample.load());
            assertFalse(sample.load(), "recorded once");

            // phase 1 and, before its phase begins, phase 2 (measured from the plan's start) count the same activities
            assertEquals(List.of("ONLINE_ACTIVITY_SHARE 2/3 66.67", "ONLINE_ACTIVITY_SHARE 2/3 66.67"), online("VL", root));
            assertEquals(List.of("ONLINE_ACTIVITY_SHARE 3/4 75.00", "ONLINE_ACTIVITY_SHARE 3/4 75.00"), online("TN-GODAU", root));
            // Gò Dầu's officials, armed-forces staff and propagandists: MAU0035–MAU0038, each completed an activity
            assertEquals(List.of("TRAINED_SHARE 4/4 100.00", "TRAINED_SHARE 4/4 100.00"), figures("TN-GODAU", "TRAINED_SHARE", root));
        });
    }

    private List<String> online(String unit, CurrentUser root) {
        return figures(unit, "ONLINE_ACTIVITY_SHARE", root);
    }

    private List<String> figures(String unit, String metric, CurrentUser root) {
        long planId = plans.list(root).stream().filter(p -> unit.equals(p.unitCode())).findFirst().orElseThrow().id();
        return kpis.kpis(root, planId, unit, DAY).stream().filter(k -> metric.equals(k.metric())).map(TrainingSampleTest::text).toList();
    }

    private static String text(TargetKpi k) {
        TargetKpi.UnitKpi u = k.unit();
        return k.metric() + " " + u.numerator() + "/" + u.denominator() + " " + u.value().toPlainString();
    }
}
