package vn.hocluat.plans.kpi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Each night at 00:30 (Asia/Ho_Chi_Minh) computes the per-unit counts of the new day ({@link KpiCounts})
 * for every target of every plan running that day, at the plan's unit, and at the phase start while the
 * day is inside the phase: what the day's dashboards read. Without it the first national dashboard of a
 * day recomputes every unit's counts from the facts (one to two minutes at 1,000,000 persons). The month
 * ends of the dashboard's trend ({@link TrendDays}) are computed too: a page view leaves a trend point of a
 * large subtree pending rather than recompute it ({@link KpiService#series}). A target
 * that fails is logged and the others go on.
 */
@Singleton
class KpiWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(KpiWarmUp.class);
    private final KpiTargets targets;
    private final KpiCatalogue catalogue;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    KpiWarmUp(KpiTargets targets, KpiCatalogue catalogue, JdbcOperations jdbc, TransactionOperations<Connection> tx, Clock clock) {
        this.targets = targets;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "0 30 0 * * *", zoneId = "Asia/Ho_Chi_Minh")
    void nightly() {
        long started = System.nanoTime();
        LocalDate day = LocalDate.now(clock);
        int computed = warm(day);
        LOG.info("KPI counts of {} targets computed for {} in {} s", computed, day, (System.nanoTime() - started) / 1_000_000_000);
    }

    /** Computes the counts of the day for the targets of the plans running on it; returns how many targets. */
    int warm(LocalDate day) {
        List<long[]> plans = tx.executeRead(status -> new Query()
                .add("select id, unit_id from plan where starts_on <= ? and ends_on >= ? order by id", day, day)
                .list(jdbc, rs -> new long[]{rs.getLong(1), rs.getLong(2)}));
        int computed = 0;
        for (long[] plan : plans) {
            for (TargetSpec t : tx.executeRead(status -> targets.ofPlan(plan[0]))) {
                computed += warm(t, plan[1], day) ? 1 : 0;
            }
        }
        return computed;
    }

    private boolean warm(TargetSpec t, long unitId, LocalDate day) {
        Optional<KpiMetric> metric = catalogue.find(t.metric());
        if (metric.isEmpty()) {
            return false;
        }
        try {
            tx.executeRead(status -> {
                UnitRef unit = targets.unit(unitId).orElseThrow();
                metric.get().compute(t, unit, day);
                if (day.isAfter(t.phaseStart()) && day.isBefore(t.phaseEnd())) {
                    metric.get().compute(t, unit, t.phaseStart());
                }
                // the month ends of the dashboard's trend: once stored, only units with new facts are recomputed
                for (LocalDate monthEnd : TrendDays.of(t.phaseStart(), day)) {
                    metric.get().compute(t, unit, monthEnd);
                }
                return unit;
            });
            return true;
        } catch (RuntimeException e) {
            LOG.warn("KPI counts of target {} not computed for {}", t.id(), day, e);
            return false;
        }
    }
}
