package vn.hocluat.contest.stats;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.pdf.CertificateCodes;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Problem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Participation certificates: an entrant who finished at least one attempt in a round of a published
 * contest gets one on request (409 with the reason otherwise; 404 for an unknown or draft contest).
 * Finished means the entry's result was copied at close; the issue date is Vietnam's day.
 */
@Singleton
class ParticipationService {
    private final ParticipationStore store;
    private final StatsQueries queries;
    private final Clock clock;

    ParticipationService(ParticipationStore store, StatsQueries queries, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional
    Participation issue(long contestId, long entrantId) {
        boolean published = queries.one("select status = 'PUBLISHED' from contest where id = ?", rs -> rs.getBoolean(1), contestId)
                .orElse(false);
        if (!published) {
            throw Problem.notFound();
        }
        List<String> rounds = store.roundsTaken(contestId, entrantId);
        if (rounds.isEmpty()) {
            throw new Problem(HttpStatus.CONFLICT, "contest.stats.cert.noFinishedAttempt");
        }
        return store.issue(contestId, entrantId, rounds, LocalDate.now(clock.withZone(Dates.ZONE)), CertificateCodes.next());
    }

    @ReadOnly
    Optional<Participation> verify(String typed) {
        return CertificateCodes.normalise(typed).flatMap(store::byCode);
    }
}
