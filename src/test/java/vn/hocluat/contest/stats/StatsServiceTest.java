package vn.hocluat.contest.stats;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.stats.Statistics.DayCount;
import vn.hocluat.contest.stats.Statistics.HourCount;
import vn.hocluat.contest.stats.Statistics.ScoreCount;
import vn.hocluat.contest.stats.Statistics.UnitRow;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.TestDatabase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Contest statistics on {@link StatsScene}'s hand-made entries: per unit, drill-down, distributions, scope, public totals. */
@MicronautTest(transactional = false)
class StatsServiceTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    StatsService stats;
    @Inject
    PublicTotals totals;

    StatsScene s;
    CurrentUser organiser;

    @BeforeAll
    void setUp() {
        s = new StatsScene(context, server.getURI());
        organiser = new CurrentUser(1, s.organiser, "Tổ chức", Role.ORGANISER, s.province);
    }

    private static UnitRow row(Long id, String name, boolean drill, Integer population, long entrants, long attempts,
                               long full, String rate) {
        return new UnitRow(id, null, name, drill, population, entrants, attempts, full, rate == null ? null : new BigDecimal(rate));
    }

    /** The rows without their codes (random in tests). */
    private static List<UnitRow> rows(Statistics st) {
        return st.units().stream().map(u -> new UnitRow(u.unitId(), null, u.name(), u.drill(), u.population(), u.entrants(),
                u.attempts(), u.fullScore(), u.rate())).toList();
    }

    @Test
    void round_one_at_the_province_counts_each_commune_its_subtree_and_the_province_itself() {
        Statistics st = stats.statistics(organiser, s.contest.id(), s.round1, null);

        assertEquals(List.of(
                row(s.an, "Xã An", true, 200, 2, 3, 2, "1.00"),
                row(s.binh, "Xã Bình", false, null, 1, 1, 0, null),
                row(s.cat, "Xã Cát", false, 400, 0, 0, 0, "0.00"),
                row(null, null, false, null, 1, 1, 0, null)), rows(st));
        assertEquals(4, st.total().entrants());
        assertEquals(5, st.total().attempts());
        assertEquals(2, st.fullScore());
        assertEquals(new BigDecimal("0.40"), st.total().rate());
        assertEquals(List.of(new ScoreCount(0, 0), new ScoreCount(1, 1), new ScoreCount(2, 0), new ScoreCount(3, 0),
                new ScoreCount(4, 2)), st.scores());
        assertEquals(List.of(new DayCount(LocalDate.of(2026, 11, 20), 3), new DayCount(LocalDate.of(2026, 11, 21), 2)), st.days());
        assertEquals(24, st.hours().size());
        assertEquals(List.of(new HourCount(0, 1), new HourCount(8, 2), new HourCount(9, 1), new HourCount(21, 1)),
                st.hours().stream().filter(h -> h.attempts() > 0).toList());
        assertEquals(3, st.mobile());
        assertEquals(2, st.desktop());
        assertEquals(List.of("Tỉnh Thống Kê"), st.breadcrumb().stream().map(Statistics.UnitRef::name).toList());
    }

    @Test
    void all_rounds_count_entrants_once_and_best_scores_once_per_round() {
        Statistics st = stats.statistics(organiser, s.contest.id(), null, null);

        assertEquals(row(s.an, "Xã An", true, 200, 2, 4, 2, "1.00"), rows(st).get(0));
        assertEquals(4, st.total().entrants());
        assertEquals(6, st.total().attempts());
        assertEquals(2, st.fullScore());
        assertEquals(List.of(new ScoreCount(0, 0), new ScoreCount(1, 1), new ScoreCount(2, 0), new ScoreCount(3, 1),
                new ScoreCount(4, 2)), st.scores());
        assertEquals(new DayCount(LocalDate.of(2026, 11, 27), 1), st.days().get(2));
        assertEquals(new HourCount(8, 3), st.hours().get(8));
        assertEquals(4, st.mobile());
    }

    @Test
    void drilling_into_a_commune_shows_its_villages_and_its_own_entries() {
        Statistics st = stats.statistics(organiser, s.contest.id(), s.round1, s.an);

        assertEquals(List.of(
                row(s.anMot, "Thôn An Một", false, 50, 1, 1, 1, "2.00"),
                row(null, null, false, null, 1, 2, 1, null)), rows(st));
        assertEquals(new UnitRow(s.an, st.unit().code(), "Xã An", false, 200, 2, 3, 2, new BigDecimal("1.00")), st.total());
        assertEquals(List.of("Tỉnh Thống Kê", "Xã An"), st.breadcrumb().stream().map(Statistics.UnitRef::name).toList());
        assertEquals(List.of(new ScoreCount(0, 0), new ScoreCount(1, 0), new ScoreCount(2, 0), new ScoreCount(3, 0),
                new ScoreCount(4, 2)), st.scores());
    }

    @Test
    void organiser_of_another_province_is_refused() {
        CurrentUser other = new CurrentUser(2, "khac", "Khác", Role.ORGANISER, s.outside);
        Problem p = assertThrows(Problem.class, () -> stats.statistics(other, s.contest.id(), null, null));
        assertEquals(HttpStatus.FORBIDDEN, p.status());
    }

    @Test
    void a_unit_outside_the_contest_unit_is_refused_even_to_the_admin() {
        CurrentUser admin = new CurrentUser(3, "admin", "Admin", Role.ADMIN, s.fixtures.rootId());
        Problem p = assertThrows(Problem.class, () -> stats.statistics(admin, s.contest.id(), null, s.outside));
        assertEquals(HttpStatus.FORBIDDEN, p.status());
    }

    @Test
    void a_round_of_another_contest_or_a_learner_is_refused() {
        Problem round = assertThrows(Problem.class, () -> stats.statistics(organiser, s.contest.id(), Long.MAX_VALUE, null));
        assertEquals(HttpStatus.NOT_FOUND, round.status());
        CurrentUser learner = new CurrentUser(4, "hv", "Học viên", Role.LEARNER, s.province);
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(Problem.class,
                () -> stats.statistics(learner, s.contest.id(), null, null)).status());
    }

    @Test
    void public_totals_count_every_entrant_of_the_contest_once_and_are_cached() {
        assertEquals(new ContestTotals(5, 7), totals.totals(s.contest.id()));
        long extra = s.entry(s.round2, s.e2, s.anMot, "2026-11-27 09:00+07", 4, 50_000, "MOBILE");
        try {
            assertEquals(new ContestTotals(5, 7), totals.totals(s.contest.id()));
            assertEquals(new ContestTotals(5, 8), totals.count(s.contest.id()));
        } finally {
            s.remove(extra);
        }
        assertEquals(ContestTotals.NONE, totals.totals(Long.MAX_VALUE));
    }
}
