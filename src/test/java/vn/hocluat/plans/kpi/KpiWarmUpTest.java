package vn.hocluat.plans.kpi;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.TestDatabase;

import java.sql.Connection;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.sql.Connection;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.plans.kpi.KpiScene.DAY;

/** The nightly run stores the day's counts (and the phase start's) of every unit under a plan's unit. */
@MicronautTest(transactional = false)
class KpiWarmUpTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    KpiWarmUp warmUp;
    @Inject
    KpiTargets targets;
    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void night_run_stores_the_counts_of_the_day_and_the_phase_start_for_every_unit_of_the_plan() {
        KpiScene s = new KpiScene(context);
        long id = s.target(s.plan, s.phase1, "TRAINED_SHARE", "{OFFICIAL}", "{luat-pbgdpl}", "PLAN", "80", null, "ALL", "{}");
        TargetSpec t = tx.executeRead(status -> targets.target(id).orElseThrow());
        assertTrue(warmUp.warm(DAY) >= 1);
        // province, communes A, B, E and the village under A
        String subtree = "select count(*) from kpi_unit_count c join unit u on u.id = c.unit_id"
                + " where u.path like (select path from unit where id = ?) || '%' and c.fingerprint = ? and c.day = ?";
        assertEquals(5, s.cf.fixtures.queryLong(subtree, s.province, KpiCounts.fingerprint(t, DAY), DAY));
        LocalDate start = LocalDate.of(2025, 1, 1);
        assertEquals(5, s.cf.fixtures.queryLong(subtree, s.province, KpiCounts.fingerprint(t, start), start));
    }
}
