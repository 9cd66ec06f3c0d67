package vn.hocluat.contest;

import io.micronaut.context.ApplicationContext;
import vn.hocluat.assessment.AttemptSheet;
import vn.hocluat.assessment.Response;
import vn.hocluat.assessment.SheetQuestion;
import vn.hocluat.contest.entrant.EntrantInput;
import vn.hocluat.contest.entrant.EntrantService;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.Web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Contests for tests, made the way organisers make them (organiser pages, GIFT pool through the bank
 * import, publish), and entrants registered through the entrant service. Every question of the pool
 * is single choice with options "Đúng n" (the key) and "Sai n …", so a test answers by text
 * whatever the shuffle.
 */
public final class ContestFixtures {
    private final Fixtures fixtures;
    private final URI server;
    private final EntrantService entrants;

    public ContestFixtures(ApplicationContext context, URI server) {
        this.fixtures = new Fixtures(context);
        this.server = server;
        this.entrants = context.getBean(EntrantService.class);
    }

    /** A published contest and its rounds in order. */
    public record Contest(long id, long bankId, String slug, List<Long> roundIds) {
    }

    /** A round window as the organiser types it (dd/MM/yyyy HH:mm, Vietnam time). */
    public record Window(String name, String opensAt, String closesAt) {
        /** A window open from 2020 to 2099: open whenever the test runs. */
        public static Window openNow(String name) {
            return new Window(name, "01/01/2020 08:00", "31/12/2099 20:00");
        }
    }

    /**
     * Creates and publishes a contest of the unit through the organiser pages: a pool of
     * {@code questions}, {@code draw} per attempt, 20 minutes, attempts per round ("" = unlimited),
     * the prediction kind (NONE, FULL_SCORE_COUNT, TOTAL_ENTRANTS) and the rounds.
     */
    public Contest published(String organiser, long unitId, int questions, int draw, String attempts, String prediction,
                             List<Window> windows) {
        Web web = new Web(server).login(organiser, Fixtures.PASSWORD);
        String title = Fixtures.unique("Cuộc thi tìm hiểu pháp luật");
        check(web.postForm("/contests/manage", Map.of("title", title, "unitId", String.valueOf(unitId), "rules", "Thể lệ",
                "minAge", "", "drawCount", String.valueOf(draw), "timeLimit", "20", "attempts", attempts,
                "predictionKind", prediction)).statusCode(), "create");
        long id = fixtures.queryLong("select id from contest where title = ?", title);
        long bank = fixtures.queryLong("select bank_id from contest where id = ?", id);
        check(web.postFile("/banks/" + bank + "/import", "pool.gift", gift(questions).getBytes(StandardCharsets.UTF_8),
                Map.of()).statusCode(), "import");
        for (Window w : windows) {
            check(web.postForm("/contests/manage/" + id + "/rounds",
                    Map.of("name", w.name(), "opensAt", w.opensAt(), "closesAt", w.closesAt())).statusCode(), "round");
        }
        check(web.postForm("/contests/manage/" + id + "/publish", Map.of()).statusCode(), "publish");
        List<Long> rounds = new ArrayList<>();
        for (int i = 1; i <= windows.size(); i++) {
            rounds.add(fixtures.queryLong("select id from contest_round where contest_id = ? and position = ?", id, i));
        }
        String slug = fixtures.queryString("select slug from contest where id = ?", id);
        return new Contest(id, bank, slug, rounds);
    }

    /** Registers an entrant of the unit (a fresh phone) and returns their id. */
    public long entrant(long unitId, String fullName, LocalDate birthDate) {
        return entrants.register(new EntrantInput(freshPhone(), fullName, birthDate, unitId, null, null), "127.0.0.1").id();
    }

    /**
     * An attempt and its entry written with SQL, so times, scores and devices are exactly as given (max
     * score 4; {@code score} null = still open; {@code startedAt} e.g. "2026-11-20 08:30+07").
     */
    public long entry(long roundId, long entrantId, long unitId, String startedAt, Integer score, Integer durationMs, String device) {
        return fixtures.queryLong("""
                with a as (
                    insert into attempt (quiz_id, taker_kind, taker_id, number, state, started_at, finished_at, items, score, max_score)
                    select r.quiz_id, 'ENTRANT', ?, 1 + (select count(*) from attempt x where x.quiz_id = r.quiz_id
                                                            and x.taker_kind = 'ENTRANT' and x.taker_id = ?),
                           case when ?::int is null then 'IN_PROGRESS' else 'SUBMITTED' end, ?::timestamptz,
                           ?::timestamptz + (?::int * interval '1 millisecond'), '[]', ?::int, 4
                    from contest_round r where r.id = ?
                    returning id, started_at, finished_at, score)
                insert into contest_entry (attempt_id, round_id, entrant_id, unit_id, started_at, finished_at, duration_ms,
                                           score, max_score, device)
                select a.id, ?, ?, ?, a.started_at, a.finished_at, ?::int, a.score, 4, ? from a
                returning attempt_id""",
                entrantId, entrantId, score, startedAt, startedAt, durationMs, score, roundId,
                roundId, entrantId, unitId, durationMs, device);
    }

    /** Responses answering the first {@code right} displayed questions with their key and the rest wrongly. */
    public static List<Response> answers(AttemptSheet sheet, int right) {
        List<Response> out = new ArrayList<>();
        for (SheetQuestion q : sheet.questions()) {
            String wanted = out.size() < right ? "Đúng" : "Sai";
            int position = q.options().stream().filter(o -> o.text().startsWith(wanted)).findFirst().orElseThrow().position();
            out.add(Response.chosen(List.of(position)));
        }
        return out;
    }

    /** Moves a round (and its quiz) so that it closed a minute ago. */
    public void close(long roundId) {
        fixtures.queryLong("""
                with r as (update contest_round set closes_at = now() - interval '1 minute',
                               opens_at = least(opens_at, now() - interval '2 minutes') where id = ? returning quiz_id)
                update quiz q set close_at = now() - interval '1 minute', open_at = least(q.open_at, now() - interval '2 minutes')
                from r where q.id = r.quiz_id returning 1""", roundId);
    }

    public static String freshPhone() {
        return "08" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static String gift(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append("Câu hỏi pháp luật số ").append(i).append("? {=Đúng ").append(i).append(" ~Sai ").append(i)
                    .append(" thứ nhất ~Sai ").append(i).append(" thứ hai}\n\n");
        }
        return sb.toString();
    }

    private static void check(int status, String step) {
        if (status != 303) {
            throw new AssertionError("contest fixture step " + step + " answered " + status);
        }
    }
}
