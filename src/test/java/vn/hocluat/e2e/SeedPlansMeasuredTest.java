package vn.hocluat.e2e;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.plans.Plan;
import vn.hocluat.plans.PlanService;
import vn.hocluat.plans.TargetReport;
import vn.hocluat.plans.TargetReports;
import vn.hocluat.plans.kpi.KpiService;
import vn.hocluat.plans.kpi.TargetKpi;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.support.Fixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 8 "done when", first half: with the dev sample data on 23/11/2026, every target of the five seed plans
 * shows a measured value (something counted: a non-zero denominator) or, for the parts that live outside the
 * system, a reported figure with its source. Runs with the journeys because it needs the whole dev sample.
 */
@MicronautTest(environments = "dev", transactional = false)
@Property(name = "hocluat.test.today", value = "2026-11-23")
class SeedPlansMeasuredTest extends JourneySupport {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final Set<String> SEED_UNITS = Set.of("HP-KIENHUNG", "GL-KONCHIENG", "VL", "TN-GODAU", "NB");

    @Inject
    PlanService plans;
    @Inject
    KpiService kpis;
    @Inject
    TargetReports reports;
    @Inject
    ApplicationContext context;

    @Test
    void every_target_of_the_five_seed_plans_is_measured_or_reported() {
        CurrentUser admin = new CurrentUser(0, "dev-sample", "dev-sample", Role.ADMIN, new Fixtures(context).rootId());
        List<String> unmeasured = new ArrayList<>();
        int targets = 0;
        for (Plan listed : plans.list(admin)) {
            if (!SEED_UNITS.contains(listed.unitCode())) {
                continue;
            }
            Plan plan = plans.get(admin, listed.id());
            Set<Long> reported = reports.of(admin, plan).stream().filter(r -> !r.sourceNote().isBlank())
                    .map(TargetReport::targetId).collect(Collectors.toSet());
            for (TargetKpi k : kpis.kpis(admin, plan.id(), plan.unitCode(), DAY)) {
                targets++;
                Long den = k.unit().denominator();
                if ((den == null || den == 0) && !reported.contains(k.targetId())) {
                    unmeasured.add(plan.unitCode() + " " + k.metric() + " " + k.label());
                }
            }
        }
        assertEquals(List.of(), unmeasured);
        assertEquals(33, targets, "targets of the five seed plans");
    }
}
