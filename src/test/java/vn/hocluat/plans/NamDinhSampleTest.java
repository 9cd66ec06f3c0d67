package vn.hocluat.plans;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.mediation.DevSampleTeams;
import vn.hocluat.mediation.MediationTeamService;
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
 * The dev sample of Nam Định (units, roster, plans, then the mediation samples) gives the plan's dashboard the
 * figures the README states on 23/11/2026; inside a transaction rolled back, so the shared database stays clean.
 */
@MicronautTest(transactional = false)
class NamDinhSampleTest implements TestDatabase {
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
    void nam_dinh_has_nine_teams_six_complete_two_supported_and_a_pilot_commune() {
        CurrentUser root = new CurrentUser(0, "dev-sample", "dev-sample", Role.ADMIN, new Fixtures(context).rootId());
        tx.executeWrite(status -> {
            status.setRollbackOnly();
            units.importTable(root, PlanDevSamplesTest.devUnits(), Messages.VI);
            assertEquals(List.of(), DevRoster.load(context, root));
            DevSamplePlans.load(plans, root, DevSamplePlans.parse(json));
            DevSampleTeams sample = new DevSampleTeams(teams, jdbc, new RootAdmin(jdbc), ApplicationEventPublisher.noOp());
            assertTrue(sample.load(root));
            assertFalse(sample.load(root), "created once");

            long planId = plans.existing("NB", "(không ghi số)").orElseThrow();
            assertEquals(List.of("TEAM_COMPLETE_SHARE 6/9 66.67", "TEAM_SUPPORTED_SHARE 2/9 22.22 MET"),
                    kpis.kpis(root, planId, "NB", DAY).stream()
                            .filter(k -> k.metric().startsWith("TEAM_")).map(NamDinhSampleTest::figures).toList());
            assertEquals(List.of("NB-NAMDINH"), jdbc.prepareStatement("select code from unit where pilot and path like (select path from unit where code = 'NB') || '%' order by code", st -> {
                var rs = st.executeQuery();
                List<String> codes = new java.util.ArrayList<>();
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
                return codes;
            }));
            return null;
        });
    }

    private static String figures(TargetKpi k) {
        TargetKpi.UnitKpi u = k.unit();
        String figures = k.metric() + " " + u.numerator() + "/" + u.denominator() + " " + u.value().toPlainString();
        return "MET".equals(u.status().name()) ? figures + " MET" : figures;
    }
}
