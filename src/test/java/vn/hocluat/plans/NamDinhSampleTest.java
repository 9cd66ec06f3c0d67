package vn.hocluat.plans;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.mediation.DevSampleTeams;
import vn.hocluat.mediation.MediationTeamService;
import vn.hocluat.mediation.cases.CaseReportService;
import vn.hocluat.mediation.cases.DevSampleCases;
import vn.hocluat.mediation.communes.DevSampleModelCommune;
import vn.hocluat.plans.kpi.KpiService;
import vn.hocluat.plans.kpi.TargetKpi;
import vn.hocluat.support.TestDatabase;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dev sample of Nam Định (units, roster, plans, then the mediation samples: teams, the model commune, case reports) gives
 * the plan's dashboard the figures the README states on 23/11/2026; inside a transaction rolled back, so the shared database stays clean.
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
    JdbcOperations jdbc;
    @Inject
    MediationTeamService teams;
    @Inject
    CaseReportService cases;

    @Test
    void nam_dinh_has_nine_teams_six_complete_two_supported_a_pilot_commune_and_case_reports() {
        new DevSampleWorld(context).rolledBack(root -> {
            DevSampleTeams sample = new DevSampleTeams(teams, jdbc, new RootAdmin(jdbc), ApplicationEventPublisher.noOp());
            assertTrue(sample.load(root));
            assertFalse(sample.load(root), "created once");
            DevSampleModelCommune model = new DevSampleModelCommune(jdbc);
            assertTrue(model.load());
            assertFalse(model.load(), "recorded once");

            long planId = plans.existing("NB", "(không ghi số)").orElseThrow();
            // Phường Nam Định of NB's three wards since 15/06/2026; NB's one provincial trainer (MAU0010) per its 9 teams
            assertEquals(List.of("MODEL_COMMUNE_SHARE 1/3 33.33 MET", "TRAINER_RATIO 1/9 11.11 MET"),
                    kpis.kpis(root, planId, "NB", DAY).stream().filter(k -> List.of("MODEL_COMMUNE_SHARE", "TRAINER_RATIO").contains(k.metric()))
                            .map(NamDinhSampleTest::figures).sorted().toList());
            assertEquals("MODEL_COMMUNE_SHARE 0/3 0.00", kpis.kpis(root, planId, "NB", LocalDate.of(2026, 6, 14)).stream()
                    .filter(k -> k.metric().equals("MODEL_COMMUNE_SHARE")).map(NamDinhSampleTest::figures).findFirst().orElseThrow());
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

            // the sample case reports of 2026 up to October (DevSampleCases): province 402/441, pilot commune 141/147
            DevSampleCases reports = new DevSampleCases(cases, jdbc, new RootAdmin(jdbc));
            assertEquals(91, reports.load(), "9 teams × 10 months and the replaced October report");
            assertEquals(0, reports.load(), "recorded once");
            assertEquals(List.of("MEDIATION_SUCCESS_RATE 402/441 91.16 MET", "MEDIATION_SUCCESS_RATE 141/147 95.92 MET"),
                    kpis.kpis(root, planId, "NB", DAY).stream()
                            .filter(k -> k.metric().equals("MEDIATION_SUCCESS_RATE")).map(NamDinhSampleTest::figures).toList());
        });
    }

    private static String figures(TargetKpi k) {
        TargetKpi.UnitKpi u = k.unit();
        String figures = k.metric() + " " + u.numerator() + "/" + u.denominator() + " " + u.value().toPlainString();
        return "MET".equals(u.status().name()) ? figures + " MET" : figures;
    }
}
