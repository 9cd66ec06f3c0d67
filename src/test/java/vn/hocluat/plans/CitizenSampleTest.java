package vn.hocluat.plans;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.entrant.EntrantService;
import vn.hocluat.plans.kpi.KpiService;
import vn.hocluat.plans.kpi.TargetKpi;
import vn.hocluat.platform.security.CurrentUser;
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
 * The dev sample of contest entrants and ratings (DevSampleCitizens) gives every citizen-reach and
 * satisfaction target of the Kon Chiêng, Vĩnh Long and Gò Dầu plans a measured value on 23/11/2026;
 * phase-2 targets have a value but no status yet. All inside a transaction rolled back.
 */
@MicronautTest(transactional = false)
class CitizenSampleTest implements TestDatabase {
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
    void every_reach_and_satisfaction_target_of_the_three_plans_has_a_measured_value() {
        new DevSampleWorld(context).rolledBack(root -> {
            DevSampleCitizens sample = new DevSampleCitizens(jdbc, context.getBean(EntrantService.class));
            assertTrue(sample.load());
            assertFalse(sample.load(), "recorded once");

            // 12 of 13,900; ratings 5 4 5 4 3 5 4 2 5 4 → 8 of 10
            assertEquals(List.of("CITIZEN_REACH_SHARE 60 1 12/13900 0.09 BEHIND", "CITIZEN_REACH_SHARE 70 2 12/13900 0.09 NO_DATA",
                    "SATISFACTION_SHARE 90 2 8/10 80.00 NO_DATA"), figures(root, "GL-KONCHIENG"));
            // urban: Thanh Đức 6 + Long Châu 5 of 29,700 + 45,300; rural: Long Hồ 5 + Cái Nhum 4 of 27,800 + 26,400
            assertEquals(List.of("CITIZEN_REACH_SHARE 60 1 9/54200 0.02 BEHIND", "CITIZEN_REACH_SHARE 70 2 9/54200 0.02 NO_DATA",
                    "CITIZEN_REACH_SHARE 80 1 11/75000 0.01 BEHIND", "CITIZEN_REACH_SHARE 90 2 11/75000 0.01 NO_DATA",
                    "SATISFACTION_SHARE 90 2 13/15 86.67 NO_DATA"), figures(root, "VL"));
            assertEquals(List.of("CITIZEN_REACH_SHARE 70 1 10/57600 0.02 BEHIND", "CITIZEN_REACH_SHARE 75 2 10/57600 0.02 NO_DATA",
                    "SATISFACTION_SHARE 90 2 7/8 87.50 NO_DATA"), figures(root, "TN-GODAU"));
        });
    }

    /** The plan's reach and satisfaction targets at its unit on the day: "metric threshold phase n/d value status", sorted. */
    private List<String> figures(CurrentUser root, String unitCode) {
        Plan plan = plans.get(root, plans.list(root).stream().filter(p -> p.unitCode().equals(unitCode)).findFirst().orElseThrow().id());
        Map<Long, Plan.Target> targets = plan.targets().stream().collect(Collectors.toMap(Plan.Target::id, Function.identity()));
        return kpis.kpis(root, plan.id(), unitCode, DAY).stream()
                .filter(k -> List.of("CITIZEN_REACH_SHARE", "SATISFACTION_SHARE").contains(k.metric()))
                .map(k -> {
                    Plan.Target t = targets.get(k.targetId());
                    TargetKpi.UnitKpi u = k.unit();
                    return k.metric() + " " + t.threshold().toPlainString() + " " + t.phasePosition(plan.phases()) + " "
                            + u.numerator() + "/" + u.denominator() + " " + u.value().toPlainString() + " " + u.status();
                }).sorted().toList();
    }
}
