package vn.hocluat.contest.manage;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Editing and deleting rounds. In a draft anything goes. After publish: a round's quiz follows its
 * name and window; once a round has opened its open time is fixed, once it has closed its close
 * time is fixed too; a changed close time must be in the future and windows must not overlap. A
 * round is deleted only before it opens and while its quiz has no attempt, and a published contest
 * keeps at least one round.
 */
@Singleton
public class RoundService {
    private final JdbcOperations jdbc;
    private final ContestService contests;
    private final Clock clock;

    RoundService(JdbcOperations jdbc, ContestService contests, Clock clock) {
        this.jdbc = jdbc;
        this.contests = contests;
        this.clock = clock;
    }

    /** One round of the contest (404 when it belongs to another contest). */
    @Transactional
    public ContestService.Round round(CurrentUser user, long contestId, long roundId) {
        contests.requireContest(user, contestId);
        return find(contestId, roundId);
    }

    @Transactional
    public void edit(CurrentUser user, long contestId, long roundId, String name, String opensAt, String closesAt) {
        contests.requireContest(user, contestId);
        ContestService.Round old = find(contestId, roundId);
        RoundValues v = RoundValues.check(name, opensAt, closesAt);
        if (ContestRows.published(jdbc, contestId)) {
            Instant now = clock.instant();
            Map<String, String> errors = new LinkedHashMap<>();
            if (!old.opensAt().isAfter(now) && !old.opensAt().equals(v.opensAt())) {
                errors.put("opensAt", "contest.organiser.error.openedFixed");
            }
            boolean closeChanged = !old.closesAt().equals(v.closesAt());
            if (!old.closesAt().isAfter(now) && closeChanged) {
                errors.put("closesAt", "contest.organiser.error.closedFixed");
            }
            ContestRows.checkPublishedWindow(jdbc, contestId, roundId, v, closeChanged, now, errors);
            if (!errors.isEmpty()) {
                throw new ContestInvalid(errors);
            }
        }
        jdbc.prepareStatement("update contest_round set name = ?, opens_at = ?, closes_at = ?, updated_at = now() where id = ?",
                ps -> {
                    ps.setString(1, v.name());
                    ps.setTimestamp(2, Timestamp.from(v.opensAt()));
                    ps.setTimestamp(3, Timestamp.from(v.closesAt()));
                    ps.setLong(4, roundId);
                    return ps.executeUpdate();
                });
        if (old.quizId() != null) {
            jdbc.prepareStatement("update quiz set open_at = ?, close_at = ?, updated_at = now() where id = ?", ps -> {
                ps.setTimestamp(1, Timestamp.from(v.opensAt()));
                ps.setTimestamp(2, Timestamp.from(v.closesAt()));
                ps.setLong(3, old.quizId());
                return ps.executeUpdate();
            });
            ContestRows.retitleQuizzes(jdbc, contestId);
        }
    }

    /** Deletes the round with its prizes and its quiz; refused (409) once it opened or has attempts. */
    @Transactional
    public void delete(CurrentUser user, long contestId, long roundId) {
        contests.requireContest(user, contestId);
        ContestService.Round old = find(contestId, roundId);
        if (ContestRows.published(jdbc, contestId)) {
            if (!old.opensAt().isAfter(clock.instant()) || hasAttempts(old.quizId())) {
                throw new Problem(HttpStatus.CONFLICT, "contest.organiser.round.deleteOpened", old.name());
            }
            if (ContestRows.rounds(jdbc, contestId).size() == 1) {
                throw new Problem(HttpStatus.CONFLICT, "contest.organiser.round.deleteLast", old.name());
            }
        }
        jdbc.prepareStatement("delete from contest_round where id = ?", ps -> {
            ps.setLong(1, roundId);
            return ps.executeUpdate();
        });
        if (old.quizId() != null) {
            jdbc.prepareStatement("delete from quiz where id = ?", ps -> {
                ps.setLong(1, old.quizId());
                return ps.executeUpdate();
            });
        }
    }

    private boolean hasAttempts(Long quizId) {
        return quizId != null && ContestRows.test(jdbc, "select exists (select 1 from attempt where quiz_id = ?)", quizId);
    }

    private ContestService.Round find(long contestId, long roundId) {
        List<ContestService.Round> all = ContestRows.rounds(jdbc, contestId);
        return all.stream().filter(r -> r.id() == roundId).findFirst().orElseThrow(Problem::notFound);
    }
}
