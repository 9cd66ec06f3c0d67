package vn.hocluat.contest.stats;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.contest.ContestFixtures;
import vn.hocluat.contest.ContestFixtures.Window;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.hocluat.support.Timings.timed;

/**
 * Times the statistics page's queries on a national round: 34 provinces × 100 communes, 400 000
 * entrants, 800 000 entries (two per entrant, spread over 30 days, 5 % of second attempts still
 * open), generated with set-based SQL. Logs the page at the nation and at a province, each query
 * alone, the results export's query and the public totals, then EXPLAIN ANALYZE of the per-unit
 * query. Excluded from the default run:
 * {@code ./mvnw -q -B test -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=StatsScaleBenchmark}
 * ({@code -Dstats.entrants=40000} for a tenth).
 */
@MicronautTest(transactional = false)
@Tag("benchmark")
class StatsScaleBenchmark implements TestDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(StatsScaleBenchmark.class);

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    StatsService stats;
    @Inject
    ResultLines results;
    @Inject
    PublicTotals totals;

    Fixtures fx;
    DataSource ds;
    CurrentUser admin;
    long root;
    long province;
    long contest;
    long round;
    int entrants;

    @BeforeAll
    void data() {
        fx = new Fixtures(context);
        ds = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        entrants = Integer.getInteger("stats.entrants", 400_000);
        root = fx.rootId();
        admin = new CurrentUser(fx.queryLong("select id from account where username = 'admin'"), "admin", "admin", Role.ADMIN, root);
        String organiser = fx.account("ORGANISER", root);
        ContestFixtures.Contest c = new ContestFixtures(context, server.getURI())
                .published(organiser, root, 20, 20, "", "NONE", List.of(Window.openNow("Tuần 1")));
        contest = c.id();
        round = c.roundIds().get(0);
        long started = System.nanoTime();
        String run = Fixtures.unique("SB");
        fx.queryLong("""
                with p as (insert into unit (code, name, search_name, kind, parent_id, path, depth, urban, population)
                    select ? || '-P' || i, 'Tỉnh ' || i, 'tinh ' || i, 'PROVINCE', r.id, r.path, 1, false, 3000000
                    from unit r, generate_series(1, 34) i where r.id = ? returning id)
                select count(*) from p""", run, root);
        fx.queryLong("with u as (update unit set path = path || id || '/' where code like ? || '-P%' returning 1) select count(*) from u", run);
        fx.queryLong("""
                with c as (insert into unit (code, name, search_name, kind, parent_id, path, depth, urban, population)
                    select p.code || '-C' || i, 'Xã ' || i, 'xa ' || i, 'COMMUNE', p.id, p.path, 2, false, 5000 + i * 100
                    from unit p, generate_series(1, 100) i where p.code like ? || '-P%' returning id)
                select count(*) from c""", run);
        fx.queryLong("with u as (update unit set path = path || id || '/' where code like ? || '-P%-C%' returning 1) select count(*) from u", run);
        province = fx.queryLong("select id from unit where code = ? || '-P7'", run);
        fx.queryLong("""
                with communes as (select array_agg(id order by id) as ids from unit where code like ? || '-P%-C%'),
                n as (insert into entrant (phone, full_name, search_name, birth_date, unit_id, consent_at, code_hash)
                    select '03' || lpad(i::text, 8, '0'), 'Người dự thi ' || i, 'nguoi du thi ' || i,
                           date '1960-01-01' + (i % 15000), communes.ids[1 + i % 3400], now(), 'x'
                    from communes, generate_series(1, ?) i returning id)
                select count(*) from n""", run, entrants);
        fx.queryLong("""
                with n as (select id, unit_id, row_number() over (order by id) - 1 as k from entrant where phone like '03%'),
                q as (select quiz_id from contest_round where id = ?),
                g as (select i, n.id as entrant_id, n.unit_id, i / ? + 1 as number,
                             timestamptz '2026-10-01 00:00+07' + random() * interval '30 days' as started_at,
                             (i / ? = 1 and i % 20 = 0) as open, least(20, floor(random() * 22))::int as score,
                             case when random() < 0.7 then 'MOBILE' else 'DESKTOP' end as device
                      from generate_series(0, 2 * ? - 1) i join n on n.k = i % ?),
                a as (insert into attempt (quiz_id, taker_kind, taker_id, number, state, started_at, finished_at, items, score, max_score)
                      select q.quiz_id, 'ENTRANT', g.entrant_id, g.number, case when g.open then 'IN_PROGRESS' else 'SUBMITTED' end,
                             g.started_at, case when g.open then null else g.started_at + interval '7 minutes' end, '[]',
                             case when g.open then null else g.score end, 20
                      from g, q returning id, taker_id, number, started_at, finished_at, score),
                e as (insert into contest_entry (attempt_id, round_id, entrant_id, unit_id, started_at, finished_at, duration_ms,
                                                 score, max_score, device)
                      select a.id, ?, a.taker_id, n.unit_id, a.started_at, a.finished_at,
                             case when a.finished_at is null then null else 420000 - a.id % 1000 end, a.score, 20,
                             case when a.id % 10 < 7 then 'MOBILE' else 'DESKTOP' end
                      from a join entrant n on n.id = a.taker_id returning 1)
                select count(*) from e""", round, entrants, entrants, entrants, entrants, round);
        execute("analyze unit; analyze entrant; analyze attempt; analyze contest_entry");
        LOG.info("Statistics scale data: {} entrants, {} entries in {} s", entrants,
                fx.queryLong("select count(*) from contest_entry where round_id = ?", round), (System.nanoTime() - started) / 1_000_000_000);
    }

    @Test
    void page_queries_on_a_national_round() {
        int warmup = Integer.getInteger("bench.warmup", 1);
        int runs = Integer.getInteger("bench.runs", 5);
        assertEquals(2L * entrants, stats.statistics(admin, contest, round, null).total().attempts());
        LOG.info("Statistics ({} cores): page at the nation {}", Runtime.getRuntime().availableProcessors(),
                timed(warmup, runs, () -> counted(round, null)));
        LOG.info("Statistics: page at a province {}", timed(warmup, runs, () -> counted(round, province)));
        LOG.info("Statistics: page at the nation, all rounds {}", timed(1, 3, () -> counted(null, null)));
        LOG.info("Statistics: page at the nation again within a minute (reused) {}",
                timed(1, 5, () -> stats.statistics(admin, contest, round, null).total().attempts()));
        StatsService.Selection nation = stats.select(admin, contest, round, null);
        LOG.info("Statistics: results export query (every entrant's best entry) {}", timed(1, 3, () -> results.lines(nation).size()));
        LOG.info("Statistics: public totals (uncached) {}", timed(1, 5, () -> totals.count(contest).attempts()));
        String rootPath = fx.queryString("select path from unit where id = ?", root);
        String provincePath = fx.queryString("select path from unit where id = ?", province);
        explain("per unit, nation", StatsQueries.FIGURES, rootPath.length() + 1, rootPath + "%");
        explain("per unit, province", StatsQueries.FIGURES, provincePath.length() + 1, provincePath + "%");
        explain("scores, nation", StatsQueries.SCORES, rootPath + "%");
        explain("days/hours/devices, nation", StatsQueries.FACETS, rootPath + "%");
    }

    /** The page's figures counted afresh (not the minute's reuse). */
    private long counted(Long roundId, Long unitId) {
        return stats.compute(stats.select(admin, contest, roundId, unitId)).total().attempts();
    }

    /** EXPLAIN ANALYZE of a statistics query on the round: the path length (when two arguments), the round, the path pattern. */
    private void explain(String what, String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement("explain (analyze, buffers) " + sql)) {
            c.setAutoCommit(false);
            try (var set = c.createStatement()) {
                set.execute("set local work_mem = '64MB'");
            }
            int i = 1;
            if (args.length == 2) {
                st.setObject(i++, args[0]);
            }
            st.setArray(i++, c.createArrayOf("bigint", new Long[]{round}));
            st.setObject(i, args[args.length - 1]);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    plan.append('\n').append(rs.getString(1));
                }
            }
            c.rollback();
            c.setAutoCommit(true);
            LOG.info("EXPLAIN ANALYZE {} (work_mem 64MB as the service sets it):{}", what, plan);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection c = ds.getConnection(); var st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
