package vn.hocluat.plans;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.contest.entrant.EntrantInput;
import vn.hocluat.contest.entrant.EntrantService;
import vn.hocluat.platform.text.Fold;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * In the dev environment only, once the sample plans are in: the residents whom the citizen-reach and
 * satisfaction targets of the Kon Chiêng, Vĩnh Long and Gò Dầu plans measure (README "Sample residents
 * reached"). Each place held an online contest in October 2026 (round 01/10–31/10, closed): its
 * entrants register through the entrant service (residence: their commune or ward), their entries and
 * ratings of the contest are recorded results written by SQL (the round is over, so the play service
 * would refuse them; the contest's question pool is left empty). On 23/11/2026:
 * <ul>
 *   <li>Kon Chiêng: 12 entrants (every sixth from the second entered twice) of 13,900 residents; 10 ratings, 8 of 4–5 (80 %);</li>
 *   <li>Vĩnh Long (contest of the Sở Tư pháp): urban wards Thanh Đức 6 and Long Châu 5 entrants = 11 of
 *       75,000; rural communes Long Hồ 5 and Cái Nhum 4 = 9 of 54,200; 15 ratings, 13 of 4–5 (86.67 %);</li>
 *   <li>Gò Dầu: 10 entrants of 57,600; 8 ratings, 7 of 4–5 (87.5 %).</li>
 * </ul>
 * Recorded once (the first contest's slug is the marker), inside the roster loader's transaction.
 */
@Singleton
@Requires(env = "dev")
class DevSampleCitizens {
    private static final Logger LOG = LoggerFactory.getLogger(DevSampleCitizens.class);
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Huỳnh", "Ngô"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thị Thu", "Quốc", "Thanh"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Giang", "Hạnh", "Khoa", "Lan", "Mai", "Nam", "Oanh",
            "Phúc", "Quyên", "Sơn", "Tâm"};

    /** A contest of the unit, its entrants' units (one per entrant) and the scores the first entrants gave it. */
    record Place(String slug, String title, String unitCode, List<String> entrantUnits, int[] ratings) {
    }

    static final List<Place> PLACES = List.of(
            new Place("thi-tim-hieu-phap-luat-kon-chieng-2026", "Cuộc thi trực tuyến tìm hiểu pháp luật xã Kon Chiêng năm 2026",
                    "GL-KONCHIENG", repeat("GL-KONCHIENG", 12), new int[]{5, 4, 5, 4, 3, 5, 4, 2, 5, 4}),
            new Place("thi-tim-hieu-phap-luat-vinh-long-2026", "Cuộc thi trực tuyến tìm hiểu pháp luật tỉnh Vĩnh Long năm 2026",
                    "VL-STP", concat(repeat("VL-THANHDUC", 6), repeat("VL-LONGCHAU", 5), repeat("VL-LONGHO", 5),
                    repeat("VL-CAINHUM", 4)), new int[]{5, 5, 4, 4, 5, 3, 4, 5, 4, 5, 4, 2, 5, 4, 5}),
            new Place("thi-tim-hieu-phap-luat-go-dau-2026", "Cuộc thi trực tuyến tìm hiểu pháp luật phường Gò Dầu năm 2026",
                    "TN-GODAU", repeat("TN-GODAU", 10), new int[]{5, 4, 4, 5, 3, 5, 4, 5}));
    private static final String[] COMMENTS = {"Câu hỏi dễ hiểu, gần với cuộc sống.", "Nên có thêm câu hỏi về đất đai.",
            "Trang web chạy chậm khi nộp bài."};

    private final DevSql sql;
    private final EntrantService entrants;

    DevSampleCitizens(JdbcOperations jdbc, EntrantService entrants) {
        this.sql = new DevSql(jdbc);
        this.entrants = entrants;
    }

    @EventListener
    void onPlansLoaded(DevPlansLoaded event) {
        if (load()) {
            LOG.info("Sample contests of Kon Chiêng, Vĩnh Long and Gò Dầu recorded: 42 entrants, 33 ratings");
        }
    }

    /** Records the sample unless it is there; false when it is, or when a unit of it is missing. */
    boolean load() {
        if (sql.number("select count(*) from contest where slug = ?", PLACES.get(0).slug()) > 0) {
            return false;
        }
        for (Place p : PLACES) {
            for (String code : concat(List.of(p.unitCode()), p.entrantUnits())) {
                if (sql.number("select count(*) from unit where code = ?", code) == 0) {
                    LOG.warn("Sample contests not recorded: the unit {} is missing", code);
                    return false;
                }
            }
        }
        int n = 0;
        for (Place p : PLACES) {
            long round = contest(p);
            for (int i = 0; i < p.entrantUnits().size(); i++, n++) {
                long unit = sql.number("select id from unit where code = ?", p.entrantUnits().get(i));
                String name = FAMILY[n % FAMILY.length] + " " + MIDDLE[n % MIDDLE.length] + " " + GIVEN[n % GIVEN.length];
                LocalDate born = LocalDate.of(1962 + n * 7 % 45, 1 + n % 12, 1 + n * 3 % 28);
                long entrant = entrants.register(new EntrantInput("0869%06d".formatted(4200 + n), name, born, unit, null, null),
                        "127.0.0.1").id();
                String started = "2026-10-%02d %02d:%02d+07".formatted(1 + n * 5 % 28, 7 + n % 14, n * 7 % 60);
                entry(round, entrant, unit, started, 1, n * 3 % 11);
                if (i % 6 == 1) {
                    entry(round, entrant, unit, started, 2, Math.min(10, n * 3 % 11 + 2));
                }
                if (i < p.ratings().length) {
                    rate(round, entrant, unit, p.ratings()[i], i % 4 == 2 ? COMMENTS[n % COMMENTS.length] : null, started, n);
                }
            }
        }
        return true;
    }

    /** The contest, its bank and its one October round with the round's quiz; returns the round. */
    private long contest(Place p) {
        long bank = sql.number("insert into question_bank (unit_id, name) select id, ? from unit where code = ? returning id",
                p.title(), p.unitCode());
        long contest = sql.number("""
                insert into contest (unit_id, slug, title, search_text, rules_md, bank_id, draw_count, time_limit_seconds,
                                     attempts_per_round, status, published_at)
                select id, ?, ?, ?, ?, ?, 10, 1200, 2, 'PUBLISHED', timestamptz '2026-09-25 08:00+07' from unit where code = ?
                returning id""", p.slug(), p.title(), Fold.fold(p.title()),
                "Mỗi lượt thi 10 câu hỏi trong 20 phút; mỗi người dự thi tối đa 2 lượt.", bank, p.unitCode());
        long round = sql.number("""
                insert into contest_round (contest_id, position, name, opens_at, closes_at)
                values (?, 1, 'Vòng thi tháng 10/2026', timestamptz '2026-10-01 08:00+07', timestamptz '2026-10-31 20:00+07')
                returning id""", contest);
        sql.number("""
                with q as (insert into quiz (unit_id, title, time_limit_seconds, open_at, close_at, attempts_allowed,
                                             grading_method, review_when)
                           select c.unit_id, c.title || ' — Vòng thi tháng 10/2026', 1200, r.opens_at, r.closes_at, 2,
                                  'HIGHEST', 'AFTER_CLOSE'
                           from contest c join contest_round r on r.contest_id = c.id where r.id = ? returning id)
                update contest_round set quiz_id = (select id from q) where id = ? returning id""", round, round);
        return round;
    }

    /** A finished attempt of 10 questions, 10 minutes after its start (the {@code number}th of the entrant). */
    private void entry(long round, long entrant, long unit, String started, int number, int score) {
        sql.number("""
                with a as (
                    insert into attempt (quiz_id, taker_kind, taker_id, number, state, started_at, deadline, finished_at,
                                         items, score, max_score, graded_at)
                    select r.quiz_id, 'ENTRANT', ?, ?, 'SUBMITTED', ?::timestamptz + (? * interval '1 day'),
                           ?::timestamptz + (? * interval '1 day') + interval '20 minutes',
                           ?::timestamptz + (? * interval '1 day') + interval '10 minutes', '[]', ?, 10,
                           ?::timestamptz + (? * interval '1 day') + interval '10 minutes'
                    from contest_round r where r.id = ?
                    returning id, started_at, finished_at, score)
                insert into contest_entry (attempt_id, round_id, entrant_id, unit_id, started_at, finished_at, duration_ms,
                                           score, max_score, device)
                select a.id, ?, ?, ?, a.started_at, a.finished_at, 600000, a.score, 10, 'MOBILE' from a
                returning attempt_id""", entrant, number, started, number - 1, started, number - 1, started, number - 1,
                score, started, number - 1, round, round, entrant, unit);
    }

    /** The entrant's rating of the contest, two minutes after their first attempt; declared unit: their residence. */
    private void rate(long round, long entrant, long unit, int score, String comment, String started, int n) {
        sql.number("""
                insert into rating (object_kind, object_id, owner_unit_id, score, comment, entrant_id, rater_key,
                                    client_address, rated_at, window_month, declared_unit_id)
                select 'CONTEST', c.id, c.unit_id, ?, ?, ?, ?, ?, ?::timestamptz + interval '12 minutes', date '2026-10-01', ?
                from contest_round r join contest c on c.id = r.contest_id where r.id = ? returning id""",
                score, comment, entrant, "E:" + entrant, "203.0.113." + (n + 1), started, unit, round);
    }

    private static List<String> repeat(String code, int times) {
        return Collections.nCopies(times, code);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
