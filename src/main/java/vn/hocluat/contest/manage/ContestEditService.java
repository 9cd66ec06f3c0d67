package vn.hocluat.contest.manage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.text.Fold;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Editing a contest. A draft changes freely. After publish, what cannot change a running round:
 * <ul>
 * <li>title and rules (and the banner): any time;</li>
 * <li>eligibility (minimum age, residence units), prediction kind and ranking order: until the
 *     first round opens — after that they would change who may enter or how entrants already
 *     playing are ranked;</li>
 * <li>draw count, time limit and attempts per round: not while a round is open; a change applies
 *     to the quizzes of rounds not yet opened (rounds that opened keep what their attempts had);</li>
 * <li>the organising unit never changes (it owns the question bank and the round quizzes).</li>
 * </ul>
 */
@Singleton
public class ContestEditService {
    private final JdbcOperations jdbc;
    private final ContestService contests;
    private final UnitScope scope;
    private final Clock clock;

    ContestEditService(JdbcOperations jdbc, ContestService contests, UnitScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.contests = contests;
        this.scope = scope;
        this.clock = clock;
    }

    /** The contest as stored, typed back as form text (minutes, blank attempts = unlimited). */
    @ReadOnly
    public ContestInput current(CurrentUser user, long contestId) {
        contests.requireContest(user, contestId);
        Stored s = stored(contestId);
        return new ContestInput(s.title(), Long.toString(s.unitId()), s.rules(), s.minAge() == null ? "" : s.minAge().toString(),
                Integer.toString(s.drawCount()), Integer.toString(s.timeLimitSeconds() / 60),
                s.attempts() == null ? "" : s.attempts().toString(), s.predictionKind(),
                s.residence().stream().map(String::valueOf).toList(), s.ranking());
    }

    /** Saves the edit, or throws every field error (including fields locked now); the unit stays. */
    @Transactional
    public void update(CurrentUser user, long contestId, ContestInput input) {
        long unitId = contests.requireContest(user, contestId);
        Stored old = stored(contestId);
        ContestInput sameUnit = new ContestInput(input.title(), Long.toString(unitId), input.rules(), input.minAge(),
                input.drawCount(), input.timeLimit(), input.attempts(), input.predictionKind(),
                input.residenceUnitIds(), input.rankingOrder());
        ContestValues v = ContestValues.check(sameUnit, unit -> scope.contains(user, unit));
        Map<String, String> errors = new LinkedHashMap<>();
        if (old.published()) {
            if (anyOpened(contestId)) {
                locked(errors, "minAge", old.minAge(), v.minAge(), "lockedAfterOpen");
                locked(errors, "residenceUnitIds", old.residence(), v.residenceUnitIds(), "lockedAfterOpen");
                locked(errors, "predictionKind", old.predictionKind(), v.predictionKind(), "lockedAfterOpen");
                locked(errors, "rankingOrder", old.ranking(), v.rankingOrder(), "lockedAfterOpen");
            }
            if (contests.openRounds(contestId) > 0) {
                locked(errors, "drawCount", old.drawCount(), v.drawCount(), "lockedWhileOpen");
                locked(errors, "timeLimit", old.timeLimitSeconds(), v.timeLimitSeconds(), "lockedWhileOpen");
                locked(errors, "attempts", old.attempts(), v.attempts(), "lockedWhileOpen");
            }
            if (v.drawCount() > old.drawCount() && v.drawCount() > old.poolSize()) {
                errors.putIfAbsent("drawCount", "contest.organiser.error.poolTooSmall");
            }
        }
        if (!errors.isEmpty()) {
            throw new ContestInvalid(errors);
        }
        write(contestId, v);
        if (old.published()) {
            RoundQuizzes.applyToUnopened(jdbc, contestId, clock.instant());
            ContestRows.retitleQuizzes(jdbc, contestId);
        }
    }

    private void write(long contestId, ContestValues v) {
        jdbc.prepareStatement("""
                update contest set title = ?, search_text = ?, rules_md = ?, min_age = ?, draw_count = ?,
                    time_limit_seconds = ?, attempts_per_round = ?, prediction_kind = ?, residence_unit_ids = ?,
                    ranking_order = ?, updated_at = now()
                where id = ?""", ps -> {
            ps.setString(1, v.title());
            ps.setString(2, Fold.fold(v.title()));
            ps.setString(3, v.rules());
            ps.setObject(4, v.minAge());
            ps.setInt(5, v.drawCount());
            ps.setInt(6, v.timeLimitSeconds());
            ps.setObject(7, v.attempts());
            ps.setString(8, v.predictionKind());
            ps.setArray(9, ContestRows.bigints(ps, v.residenceUnitIds()));
            ps.setArray(10, ContestRows.texts(ps, v.rankingOrder()));
            ps.setLong(11, contestId);
            return ps.executeUpdate();
        });
    }

    private static void locked(Map<String, String> errors, String field, @Nullable Object before, @Nullable Object after,
                               String key) {
        if (!Objects.equals(before, after)) {
            errors.put(field, "contest.organiser.error." + key);
        }
    }

    private boolean anyOpened(long contestId) {
        return ContestRows.test(jdbc, "select exists (select 1 from contest_round where contest_id = ? and opens_at <= ?)",
                contestId, Timestamp.from(clock.instant()));
    }

    private record Stored(String title, long unitId, String rules, @Nullable Integer minAge, int drawCount,
                          int timeLimitSeconds, @Nullable Integer attempts, String predictionKind, List<Long> residence,
                          List<String> ranking, boolean published, long poolSize) {
    }

    private Stored stored(long contestId) {
        return jdbc.prepareStatement("""
                select title, unit_id, rules_md, min_age, draw_count, time_limit_seconds, attempts_per_round,
                    prediction_kind, residence_unit_ids, ranking_order, status = 'PUBLISHED',
                    (select count(*) from question q where q.bank_id = c.bank_id and q.active)
                from contest c where id = ?""", ps -> {
            ps.setLong(1, contestId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return new Stored(rs.getString(1), rs.getLong(2), rs.getString(3), (Integer) rs.getObject(4),
                        rs.getInt(5), rs.getInt(6), (Integer) rs.getObject(7), rs.getString(8),
                        Arrays.asList((Long[]) rs.getArray(9).getArray()),
                        Arrays.asList((String[]) rs.getArray(10).getArray()), rs.getBoolean(11), rs.getLong(12));
            }
        });
    }
}
