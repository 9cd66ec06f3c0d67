package vn.hocluat.plans;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import io.micronaut.context.event.ApplicationEventPublisher;
import vn.hocluat.mediation.DevSampleTeams;
import vn.hocluat.mediation.MediationTeamService;
import vn.hocluat.mediation.communes.DevSampleModelCommune;
import vn.hocluat.org.UnitImportService;
import vn.hocluat.org.rosterimport.DevRoster;
import vn.hocluat.plans.kpi.KpiService;
import vn.hocluat.plans.kpi.TargetKpi;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dev sample's model commune: with the sample units, roster, plans and teams, the Nam Định plan (NB) reads
 * MODEL_COMMUNE_SHARE 1/3 (Phường Nam Định of its three wards) on 23/11/2026 and 0/3 before 15/06/2026, and
 * TRAINER_RATIO 1/9: NB's one provincial trainer (MAU0010) per its 9 active teams = 11.11 per 100 teams.
 * Rolled back afterwards.
 */
@MicronautTest(transactional = false)
class NamDinhModelCommuneSampleTest implements TestDatabase {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Inject
    ApplicationContext context;
    @Inject
    PlanService plans;
    @Inject
    KpiService kpis;
    @Inject
    JsonMapper json;
    @Inject
    UnitImportService units;
    @Inject
    JdbcOperations jdbc;
    @Inject
    MediationTeamService teams;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void nam_dinh_has_one_model_commune_of_three() {
        CurrentUser root = new CurrentUser(0, "dev-sample", "dev-sample", Role.ADMIN, new Fixtures(context).rootId());
        tx.executeWrite(status -> {
            status.setRollbackOnly();
            units.importTable(root, PlanDevSamplesTest.devUnits(), Messages.VI);
            assertEquals(List.of(), DevRoster.load(context, root));
            DevSamplePlans.load(plans, root, DevSamplePlans.parse(json));
            assertTrue(new DevSampleTeams(teams, jdbc, new RootAdmin(jdbc), ApplicationEventPublisher.noOp()).load(root));
            DevSampleModelCommune sample = new DevSampleModelCommune(jdbc);
            assertTrue(sample.load());
            assertFalse(sample.load(), "recorded once");

            long planId = plans.existing("NB", "(không ghi số)").orElseThrow();
            assertEquals(List.of("MODEL_COMMUNE_SHARE 1/3 33.33 MET", "TRAINER_RATIO 1/9 11.11 MET"), figures(root, planId, DAY));
            assertEquals(List.of("MODEL_COMMUNE_SHARE 0/3 0.00 BEHIND", "TRAINER_RATIO 1/9 11.11 MET"),
                    figures(root, planId, LocalDate.of(2026, 6, 14)));
            return null;
        });
    }

    private List<String> figures(CurrentUser root, long planId, LocalDate day) {
        return kpis.kpis(root, planId, "NB", day).stream()
                .filter(k -> List.of("MODEL_COMMUNE_SHARE", "TRAINER_RATIO").contains(k.metric()))
                .map(k -> {
                    TargetKpi.UnitKpi u = k.unit();
                    return k.metric() + " " + u.numerator() + "/" + u.denominator() + " " + u.value() + " " + u.status();
                }).sorted().toList();
    }
}
