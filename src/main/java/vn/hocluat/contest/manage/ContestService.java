package vn.hocluat.contest.manage;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.text.Fold;
import vn.hocluat.platform.web.Problem;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The organiser's side of a contest: create it (with its own question bank), add rounds, change
 * the draw rule, publish (editing: ContestEditService, RoundService, PrizeService). Every read and
 * write checks the role (organiser, manager, admin) and the unit scope of the contest here, not
 * only in controllers.
 */
@Singleton
public class ContestService {
    private final JdbcOperations jdbc;
    private final UnitScope scope;
    private final Clock clock;

    ContestService(JdbcOperations jdbc, UnitScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** A round as stored. */
    public record Round(long id, int position, String name, Instant opensAt, Instant closesAt, Long quizId) {
    }

    @Transactional
    public long create(CurrentUser user, ContestInput input) {
        requireOrganiser(user);
        ContestValues v = ContestValues.check(input, unit -> scope.contains(user, unit));
        scope.require(user, v.unitId());
        long bankId = jdbc.prepareStatement("insert into question_bank (unit_id, name, created_by) values (?, ?, ?) returning id",
                ps -> {
                    ps.setLong(1, v.unitId());
                    ps.setString(2, v.title());
                    ps.setLong(3, user.accountId());
                    return oneLong(ps.executeQuery());
                });
        String slug = Fold.fold(v.title()).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String unique = (slug.length() > 80 ? slug.substring(0, 80) : slug) + "-" + UUID.randomUUID().toString().substring(0, 8);
        return jdbc.prepareStatement("""
                insert into contest (unit_id, slug, title, search_text, rules_md, min_age, bank_id, draw_count,
                    time_limit_seconds, attempts_per_round, prediction_kind, created_by, residence_unit_ids, ranking_order)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", ps -> {
            ps.setLong(1, v.unitId());
            ps.setString(2, unique);
            ps.setString(3, v.title());
            ps.setString(4, Fold.fold(v.title()));
            ps.setString(5, v.rules());
            ps.setObject(6, v.minAge());
            ps.setLong(7, bankId);
            ps.setInt(8, v.drawCount());
            ps.setInt(9, v.timeLimitSeconds());
            ps.setObject(10, v.attempts());
            ps.setString(11, v.predictionKind());
            ps.setLong(12, user.accountId());
            ps.setArray(13, ContestRows.bigints(ps, v.residenceUnitIds()));
            ps.setArray(14, ContestRows.texts(ps, v.rankingOrder()));
            return oneLong(ps.executeQuery());
        });
    }

    /**
     * Adds a round at the end; the window is checked (close after open). After publish the round
     * must close in the future, overlap no other round, and gets its quiz at once.
     */
    @Transactional
    public long addRound(CurrentUser user, long contestId, String name, String opensAt, String closesAt) {
        long unitId = requireContest(user, contestId);
        RoundValues r = RoundValues.check(name, opensAt, closesAt);
        boolean published = ContestRows.published(jdbc, contestId);
        if (published) {
            Map<String, String> errors = new LinkedHashMap<>();
            ContestRows.checkPublishedWindow(jdbc, contestId, 0, r, true, clock.instant(), errors);
            if (!errors.isEmpty()) {
                throw new ContestInvalid(errors);
            }
        }
        long id = jdbc.prepareStatement("""
                insert into contest_round (contest_id, position, name, opens_at, closes_at)
                values (?, (select coalesce(max(position), 0) + 1 from contest_round where contest_id = ?), ?, ?, ?)
                returning id""", ps -> {
            ps.setLong(1, contestId);
            ps.setLong(2, contestId);
            ps.setString(3, r.name());
            ps.setTimestamp(4, Timestamp.from(r.opensAt()));
            ps.setTimestamp(5, Timestamp.from(r.closesAt()));
            return oneLong(ps.executeQuery());
        });
        if (published) {
            RoundQuizzes.create(jdbc, user, unitId, contestId,
                    List.of(new Round(id, 0, r.name(), r.opensAt(), r.closesAt(), null)));
        }
        return id;
    }

    /**
     * Changes how many questions each attempt draws; refused while a round is open (a wrong key is
     * fixed by regrading). Rounds that already opened keep the draw their attempts had.
     */
    @Transactional
    public void changeDrawCount(CurrentUser user, long contestId, int drawCount) {
        requireContest(user, contestId);
        if (drawCount <= 0) {
            throw new ContestInvalid(Map.of("drawCount", "contest.organiser.error.positive"));
        }
        if (openRounds(contestId) > 0) {
            throw Problem.badRequest("contest.organiser.refused.roundOpen");
        }
        jdbc.prepareStatement("update contest set draw_count = ?, updated_at = now() where id = ?", ps -> {
            ps.setInt(1, drawCount);
            ps.setLong(2, contestId);
            return ps.executeUpdate();
        });
        RoundQuizzes.applyToUnopened(jdbc, contestId, clock.instant());
    }

    /** Publishes the contest, creating one assessment quiz per round; refused with every reason found. */
    @Transactional
    public void publish(CurrentUser user, long contestId) {
        long unitId = requireContest(user, contestId);
        List<Round> rounds = rounds(user, contestId);
        List<PublishRefused.Reason> reasons = new ArrayList<>();
        if ("PUBLISHED".equals(jdbc.prepareStatement("select status from contest where id = ?", ps -> {
            ps.setLong(1, contestId);
            return oneString(ps.executeQuery());
        }))) {
            reasons.add(new PublishRefused.Reason("contest.organiser.publish.already", List.of()));
        }
        if (rounds.isEmpty()) {
            reasons.add(new PublishRefused.Reason("contest.organiser.publish.noRounds", List.of()));
        }
        long[] pool = poolAndDraw(contestId);
        if (pool[0] < pool[1]) {
            reasons.add(new PublishRefused.Reason("contest.organiser.publish.poolTooSmall", List.of(pool[0], pool[1])));
        }
        for (int i = 1; i < rounds.size(); i++) {
            for (int j = 0; j < i; j++) {
                Round a = rounds.get(j);
                Round b = rounds.get(i);
                if (a.opensAt().isBefore(b.closesAt()) && b.opensAt().isBefore(a.closesAt())) {
                    reasons.add(new PublishRefused.Reason("contest.organiser.publish.overlap", List.of(a.name(), b.name())));
                }
            }
        }
        if (!reasons.isEmpty()) {
            throw new PublishRefused(reasons);
        }
        RoundQuizzes.create(jdbc, user, unitId, contestId, rounds);
        jdbc.prepareStatement("update contest set status = 'PUBLISHED', published_at = now(), updated_at = now() where id = ?",
                ps -> {
                    ps.setLong(1, contestId);
                    return ps.executeUpdate();
                });
    }

    @Transactional
    public List<Round> rounds(CurrentUser user, long contestId) {
        requireContest(user, contestId);
        return ContestRows.rounds(jdbc, contestId);
    }

    private long[] poolAndDraw(long contestId) {
        return jdbc.prepareStatement("""
                select (select count(*) from question q where q.bank_id = c.bank_id and q.active), c.draw_count
                from contest c where c.id = ?""", ps -> {
            ps.setLong(1, contestId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return new long[]{rs.getLong(1), rs.getLong(2)};
            }
        });
    }

    /** How many rounds of the contest are open now (none while it is a draft). */
    int openRounds(long contestId) {
        return jdbc.prepareStatement("""
                select count(*) from contest_round r join contest c on c.id = r.contest_id
                where r.contest_id = ? and c.status = 'PUBLISHED' and r.opens_at <= ? and ? < r.closes_at""", ps -> {
            Timestamp now = Timestamp.from(clock.instant());
            ps.setLong(1, contestId);
            ps.setTimestamp(2, now);
            ps.setTimestamp(3, now);
            return (int) oneLong(ps.executeQuery());
        });
    }

    /** The contest's unit after checking role and scope; 404 for an unknown contest. */
    long requireContest(CurrentUser user, long contestId) {
        requireOrganiser(user);
        Long unitId = jdbc.prepareStatement("select unit_id from contest where id = ?", ps -> {
            ps.setLong(1, contestId);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        });
        if (unitId == null) {
            throw Problem.notFound();
        }
        scope.require(user, unitId);
        return unitId;
    }

    static void requireOrganiser(CurrentUser user) {
        if (!user.hasAny(Role.ORGANISER, Role.MANAGER, Role.ADMIN)) {
            throw Problem.forbidden();
        }
    }

    private static long oneLong(java.sql.ResultSet rs) throws java.sql.SQLException {
        return ContestRows.oneLong(rs);
    }

    private static String oneString(java.sql.ResultSet rs) throws java.sql.SQLException {
        try (rs) {
            rs.next();
            return rs.getString(1).toUpperCase(Locale.ROOT);
        }
    }
}
