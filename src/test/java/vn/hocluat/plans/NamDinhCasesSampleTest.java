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
import vn.hocluat.mediation.cases.CaseReportService;
import vn.hocluat.mediation.cases.DevSampleCases;
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

/**
 * The Nam Định sample case reports (DevSampleCases) give the plan's two success-rate targets the figures its
 * comment states on 23/11/2026; inside a transaction rolled back, so the shared database stays clean.
 */
@MicronautTest(transactional = false)
class NamDinhCasesSampleTest implements TestDatabase {
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
    CaseReportService cases;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void nam_dinh_success_rate_is_measured_for_the_province_and_the_pilot_commune() {
        CurrentUser root = new CurrentUser(0, "dev-sample", "dev-sample", Role.ADMIN, new Fixtures(context).rootId());
        tx.executeWrite(status -> {
            status.setRollbackOnly();
            units.importTable(root, PlanDevSamplesTest.devUnits(), Messages.VI);
            assertEquals(List.of(), DevRoster.load(context, root));
            DevSamplePlans.load(plans, root, DevSamplePlans.parse(json));
            new DevSampleTeams(teams, jdbc, new RootAdmin(jdbc), ApplicationEventPublisher.noOp()).load(root);
            DevSampleCases sample = new DevSampleCases(cases, jdbc, new RootAdmin(jdbc));
            assertEquals(91, sample.load(), "9 teams × 10 months and the replaced October report");
            assertEquals(0, sample.load(), "recorded once");

            long planId = plans.existing("NB", "(không ghi số)").orElseThrow();
            assertEquals(List.of("ALL 402/441 91.16 MET", "PILOT 141/147 95.92 MET"),
                    kpis.kpis(root, planId, "NB", DAY).stream().filter(k -> k.metric().equals("MEDIATION_SUCCESS_RATE"))
                            .map(k -> filter(planId, k) + " " + k.unit().numerator() + "/" + k.unit().denominator() + " "
                                    + k.unit().value().toPlainString() + " " + k.unit().status())
                            .toList());
            return null;
        });
    }

    private String filter(long planId, TargetKpi k) {
        return jdbc.prepareStatement("select unit_filter from plan_target where id = ?", st -> {
            st.setLong(1, k.targetId());
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
