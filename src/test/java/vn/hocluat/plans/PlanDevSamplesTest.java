package vn.hocluat.plans;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.org.UnitImportService;
import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.files.TableFormatException;
import vn.hocluat.platform.files.TableReader;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.plans.PlanJson.PlanBody;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.math.BigDecimal;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * dev/plans.json goes through the same service as POST /api/v1/plans without an error, with the
 * seed documents' targets; all inside a transaction rolled back, so the shared database stays clean.
 */
@MicronautTest(transactional = false)
class PlanDevSamplesTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    PlanService plans;
    @Inject
    JsonMapper json;
    @Inject
    UnitImportService units;
    @Inject
    TransactionOperations<Connection> tx;

    /** dev/units.csv as the sample loader reads it. */
    static Table devUnits() {
        try (InputStream in = PlanDevSamplesTest.class.getClassLoader().getResourceAsStream("dev/units.csv")) {
            return TableReader.read("dev/units.csv", in.readAllBytes());
        } catch (IOException | TableFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void dev_plans_load_through_the_service_with_the_seed_targets() {
        Fixtures fixtures = new Fixtures(context);
        CurrentUser root = new CurrentUser(0, "dev-sample", "dev-sample", Role.ADMIN, fixtures.rootId());
        List<PlanBody> bodies = DevSamplePlans.parse(json);
        tx.executeWrite(status -> {
            status.setRollbackOnly();
            units.importTable(root, devUnits(), Messages.VI);
            try (var st = status.getConnection().prepareStatement("""
                    insert into course (slug, title, search_text, unit_id, topics, audience)
                    values ('ky-nang-hoa-giai-co-so', 'Kỹ năng hòa giải ở cơ sở', 'ky nang hoa giai o co so', ?,
                            '{hoa-giai-co-so}', '{MEDIATOR}') on conflict (slug) do nothing""")) {
                st.setLong(1, fixtures.rootId());
                st.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            for (PlanBody b : bodies) {
                List<FormInvalid.FieldError> errors = plans.check(root, b);
                assertEquals(List.of(), errors.stream().map(e -> e.field() + " " + e.key() + " " + List.of(e.args())).toList(), b.unitCode());
            }
            assertEquals(5, DevSamplePlans.load(plans, root, bodies));
            assertEquals(0, DevSamplePlans.load(plans, root, bodies), "idempotent by unit and document number");

            Map<String, Integer> targets = new LinkedHashMap<>();
            for (Plan p : plans.list(root)) {
                if (List.of("HP-KIENHUNG", "GL-KONCHIENG", "VL", "TN-GODAU", "NB").contains(p.unitCode())) {
                    targets.put(p.unitCode(), plans.get(root, p.id()).targets().size());
                }
            }
            assertEquals(Map.of("HP-KIENHUNG", 0, "GL-KONCHIENG", 7, "VL", 9, "TN-GODAU", 7, "NB", 10), targets);

            Plan kon = plans.get(root, plans.existing("GL-KONCHIENG", "(không ghi số)").orElseThrow());
            assertEquals(List.of("Giai đoạn 1 (từ năm 2025 đến năm 2027)", "Giai đoạn 2 (từ năm 2028 đến năm 2030)"),
                    kon.phases().stream().map(Plan.Phase::name).toList());
            assertEquals(List.of("CITIZEN_REACH_SHARE 60 1", "TRAINED_SHARE 80 1", "ONLINE_ACTIVITY_SHARE 75 1",
                            "CITIZEN_REACH_SHARE 70 2", "TRAINED_SHARE 100 2", "ONLINE_ACTIVITY_SHARE 90 2", "SATISFACTION_SHARE 90 2"),
                    kon.targets().stream().map(t -> t.metric() + " " + t.threshold().toPlainString() + " " + t.phasePosition(kon.phases())).toList());

            // reached residents are counted since the plan began, satisfaction over the last 12 months (plans.json notes)
            for (String unit : List.of("GL-KONCHIENG", "VL", "TN-GODAU")) {
                Plan p = plans.get(root, plans.list(root).stream().filter(x -> x.unitCode().equals(unit)).findFirst().orElseThrow().id());
                assertEquals(List.of("PLAN"), p.targets().stream().filter(t -> t.metric() == Metric.CITIZEN_REACH_SHARE)
                        .map(t -> t.window().name()).distinct().toList(), unit);
                assertEquals(List.of("MONTHS 12"), p.targets().stream().filter(t -> t.metric() == Metric.SATISFACTION_SHARE)
                        .map(t -> t.window().name() + " " + t.windowMonths()).toList(), unit);
            }

            Plan nd = plans.get(root, plans.existing("NB", "(không ghi số)").orElseThrow());
            Plan.Target band = nd.targets().get(4);
            assertEquals(List.of(Metric.TRAINED_SHARE, new BigDecimal("80"), new BigDecimal("90")),
                    List.of(band.metric(), band.threshold(), band.bandUpper()));
            Plan.Target pilot = nd.targets().get(8);
            assertEquals(List.of(Metric.MEDIATION_SUCCESS_RATE, new BigDecimal("90"), UnitFilter.PILOT),
                    List.of(pilot.metric(), pilot.threshold(), pilot.unitFilter()));
            assertEquals(Map.of("months", 6), nd.targets().get(5).params());
            assertEquals(List.of("ky-nang-hoa-giai-co-so"), nd.targets().get(6).courseSlugs());
            return null;
        });
    }
}
