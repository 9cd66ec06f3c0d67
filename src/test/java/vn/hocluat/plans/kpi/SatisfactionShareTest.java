package vn.hocluat.plans.kpi;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(transactional = false)
class SatisfactionShareTest implements TestDatabase {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    private static final TargetSpec TARGET = new TargetSpec(0, 0, "SATISFACTION_SHARE", "", new String[0], new String[0],
            new Long[0], "PLAN", null, new BigDecimal("90"), null, "ALL", new Long[0], 12,
            LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31), false);

    @Inject
    ApplicationContext context;
    @Inject
    KpiCatalogue catalogue;
    @Inject
    TransactionOperations<Connection> tx;

    Fixtures fx;
    long province;
    long communeA;
    long village;
    long communeB;
    long communeC;

    @BeforeEach
    void scene() {
        fx = new Fixtures(context);
        province = fx.unit(fx.rootId(), Fixtures.unique("T"), "Tỉnh Hài Lòng", "PROVINCE");
        communeA = fx.unit(province, Fixtures.unique("XA"), "Xã An", "COMMUNE");
        village = fx.unit(communeA, Fixtures.unique("TA"), "Thôn 1", "VILLAGE");
        communeB = fx.unit(province, Fixtures.unique("XB"), "Xã Bình", "COMMUNE");
        communeC = fx.unit(province, Fixtures.unique("XC"), "Xã Cát", "COMMUNE");
    }

    private void rate(long owner, int score, String ratedAt) {
        OffsetDateTime at = OffsetDateTime.parse(ratedAt);
        fx.queryLong("""
                insert into rating (object_kind, object_path, owner_unit_id, score, anonymous_id, rater_key, client_address, rated_at, window_month)
                values ('PAGE', '/trang', ?, ?, 'x', ?, '10.0.0.1', ?, date_trunc('month', ?::timestamptz at time zone 'Asia/Ho_Chi_Minh')::date)
                returning id""", owner, score, Fixtures.unique("C:"), at, at);
    }

    private UnitRef unit(long id) {
        return new UnitRef(id, "", "", fx.queryString("select path from unit where id = ?", id),
                (int) fx.queryLong("select depth from unit where id = ?", id));
    }

    private Map<Long, Count> compute(long unit) {
        UnitRef ref = unit(unit);
        return tx.executeRead(status -> catalogue.find("SATISFACTION_SHARE").orElseThrow().compute(TARGET, ref, DAY));
    }

    @Test
    void share_counts_ratings_of_four_and_five_on_objects_owned_by_the_subtree_in_vietnam_days() {
        rate(communeA, 5, "2026-06-10T09:00:00+07:00");
        rate(communeA, 4, "2026-06-10T09:00:00+07:00");
        rate(communeA, 2, "2026-06-11T09:00:00+07:00");
        rate(village, 4, "2026-06-12T09:00:00+07:00");
        rate(communeB, 3, "2026-06-05T09:00:00+07:00");
        rate(communeB, 5, "2026-05-31T23:30:00+07:00"); // the day before the window
        rate(communeB, 5, "2026-06-30T23:30:00+07:00"); // the last evening of the window
        rate(communeB, 1, "2026-07-01T00:30:00+07:00"); // the day after

        Map<Long, Count> counts = compute(province);
        // A: 5, 4, 2 and the village's 4 → 3/4; B: 3 and the 30/06 evening's 5 → 1/2; P = 4/6
        assertEquals(new Count(4, 6), counts.get(province));
        assertEquals(new Count(3, 4), counts.get(communeA));
        assertEquals(new Count(1, 2), counts.get(communeB));
        assertEquals(Count.EMPTY, counts.getOrDefault(communeC, Count.EMPTY));
    }

    @Test
    void no_ratings_is_no_value_and_a_new_rating_refreshes_the_stored_count() {
        assertEquals(Count.EMPTY, compute(communeC).getOrDefault(communeC, Count.EMPTY));

        rate(communeC, 4, "2026-06-20T10:00:00+07:00");
        assertEquals(new Count(1, 1), compute(communeC).get(communeC));
        assertEquals(new Count(1, 1), compute(province).get(communeC));
    }

    @Test
    void no_persons_stand_behind_the_share() {
        KpiMetric metric = catalogue.find("SATISFACTION_SHARE").orElseThrow();
        assertEquals(List.of(), metric.personLists());
        Problem p = assertThrows(Problem.class, () -> metric.persons(TARGET, unit(communeA), DAY, PersonList.ALL, 1, 20));
        assertEquals(HttpStatus.BAD_REQUEST, p.status());
    }
}
