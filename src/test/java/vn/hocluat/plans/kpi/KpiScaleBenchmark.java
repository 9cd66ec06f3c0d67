package vn.hocluat.plans.kpi;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.plans.kpi.scale.KpiScaleData;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.support.Timings.timed;

/**
 * Times {@link KpiService#kpis} for a national plan of 9 targets (like the seed plans) on the data of
 * {@link KpiScaleData}: at the root (the national roll-up, root + its 34 provinces) and at one province
 * (+ its ~97 communes), warm: {@code bench.warmup} runs, then the median and p90 of {@code bench.runs}
 * runs; then each target alone, to see what dominates. Excluded from the default run:
 * {@code ./mvnw -q -B test -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=KpiScaleBenchmark}
 * ({@code -Dkpi.scale=10} for a tenth of the data).
 */
@MicronautTest(transactional = false)
@Tag("benchmark")
class KpiScaleBenchmark implements TestDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(KpiScaleBenchmark.class);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Inject
    ApplicationContext context;
    @Inject
    KpiService kpis;
    @Inject
    KpiTargets targets;
    @Inject
    KpiCatalogue catalogue;
    @Inject
    TransactionOperations<Connection> tx;

    Fixtures fx;
    DataSource ds;
    CurrentUser admin;
    long root;
    long province;
    long plan;

    @BeforeAll
    void data() {
        fx = new Fixtures(context);
        int factor = Integer.getInteger("kpi.scale", 1);
        KpiScaleData.Scale scale = factor == 1 ? KpiScaleData.Scale.NATIONAL : KpiScaleData.Scale.divided(factor);
        ds = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        Map<String, Long> counts = new KpiScaleData(ds).ensure(scale);
        LOG.info("KPI scale data: {}", counts);
        root = fx.rootId();
        province = fx.queryLong("select id from unit where code = 'SC-P07'");
        admin = new CurrentUser(fx.queryLong("select id from account where username = 'admin'"), "admin", "admin", Role.ADMIN, root);
        plan = KpiScalePlan.create(fx, root);
        // the first run below starts cold, also against a database kept from an earlier run
        fx.queryLong("with gone as (delete from kpi_unit_count returning 1) select count(*) from gone");
        LOG.info("PostgreSQL settings: {}", text("""
                select string_agg(name || '=' || setting || coalesce(unit, ''), ', ' order by name) from pg_settings
                where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather',
                               'jit', 'random_page_cost', 'server_version')"""));
    }

    @Test
    void national_and_province_roll_ups() {
        int warmup = Integer.getInteger("bench.warmup", 3);
        int runs = Integer.getInteger("bench.runs", 10);
        long started = System.nanoTime();
        List<TargetKpi> national = kpis.kpis(admin, plan, root, DAY);
        LOG.info("KPI roll-up: first national run (computes every unit's counts) {} ms", (System.nanoTime() - started) / 1_000_000);
        assertEquals(9, national.size());
        assertTrue(national.get(0).unit().denominator() > 0);
        assertEquals(fx.queryLong("select count(*) from unit where parent_id = ?", root), national.get(0).children().size());
        String n = timed(warmup, runs, () -> kpis.kpis(admin, plan, root, DAY).size());
        String p = timed(warmup, runs, () -> kpis.kpis(admin, plan, province, DAY).size());
        LOG.info("KPI roll-up ({} cores), plan of 9 targets on {}: national {}; province SC-P07 {}",
                Runtime.getRuntime().availableProcessors(), DAY, n, p);
        checkIn(national);
        for (TargetKpi k : national) {
            LOG.info("  target {} {}: national {}; province {} — national value {} / {}", k.targetId(), k.metric(),
                    timed(1, 3, () -> target(k.targetId(), root)), timed(1, 3, () -> target(k.targetId(), province)),
                    k.unit().numerator(), k.unit().denominator());
        }
    }

    private String text(String sql) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A person of a commune of the province checks in at a session on the first target's topic: the next
     * national run recomputes that commune's counts only, and the first target counts one more.
     */
    private void checkIn(List<TargetKpi> before) {
        long person = fx.queryLong("""
                select p.id from person p join unit u on u.id = p.unit_id join person_group g on g.person_id = p.id
                where u.path like (select path from unit where id = ?) || '%' and u.kind = 'COMMUNE' and g.group_code = 'OFFICIAL'
                  and p.active_to is null and not exists (select 1 from training_record tr where tr.person_id = p.id
                      and 'chuyen-doi-so-pbgdpl' = any(tr.topics)) order by p.id limit 1""", province);
        long activity = fx.queryLong("""
                insert into training_activity (unit_id, title, search_text, topics, mode, starts_on, ends_on)
                select unit_id, 'Hội nghị', 'hoi nghi', '{chuyen-doi-so-pbgdpl}', 'IN_PERSON', date '2026-11-30', date '2026-11-30'
                from person where id = ? returning id""", person);
        fx.queryLong("""
                insert into activity_participant (activity_id, person_id, status, completed, checked_in_at, source)
                values (?, ?, 'PRESENT', true, now(), 'CHECKIN') returning 1""", activity, person);
        long started = System.nanoTime();
        List<TargetKpi> after = kpis.kpis(admin, plan, root, DAY);
        LOG.info("KPI roll-up: national run after one check-in {} ms", (System.nanoTime() - started) / 1_000_000);
        assertEquals(before.get(0).unit().numerator() + 1, after.get(0).unit().numerator());
    }

    /** One target computed as the service does: at the day, and at the phase start while the day is inside the phase. */
    private long target(long targetId, long unitId) {
        return tx.executeRead(status -> {
            TargetSpec t = targets.target(targetId).orElseThrow();
            UnitRef unit = targets.unit(unitId).orElseThrow();
            KpiMetric m = catalogue.find(t.metric()).orElseThrow();
            long size = m.compute(t, unit, DAY).size();
            if (DAY.isAfter(t.phaseStart()) && DAY.isBefore(t.phaseEnd())) {
                size += m.compute(t, unit, t.phaseStart()).size();
            }
            return size;
        });
    }
}
