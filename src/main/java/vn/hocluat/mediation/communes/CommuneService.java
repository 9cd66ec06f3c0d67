package vn.hocluat.mediation.communes;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.mediation.communes.Communes.Commune;
import vn.hocluat.mediation.communes.Communes.CommuneDetail;
import vn.hocluat.mediation.communes.Communes.Recognition;
import vn.hocluat.mediation.communes.Communes.RecognitionInput;
import vn.hocluat.mediation.communes.Communes.RevocationInput;
import vn.hocluat.mediation.communes.Communes.State;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Problem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Model communes (cấp xã điển hình về hòa giải ở cơ sở) and pilot communes (xã điểm chỉ đạo) of a
 * subtree. Scope is checked here for every read and write: staff read the communes of their subtree,
 * managers record and revoke recognitions of those communes (their own included) and set the pilot
 * flag of communes under them, never of their own unit (the province chooses its pilot communes).
 * Nothing is deleted: a revocation keeps the decision, a pilot change leaves an audit row.
 */
@Singleton
public class CommuneService {
    private final UnitScope scope;
    private final CommuneQueries queries;
    private final Clock clock;

    CommuneService(UnitScope scope, CommuneQueries queries, Clock clock) {
        this.scope = scope;
        this.queries = queries;
        this.clock = clock;
    }

    /** The communes of the unit's subtree (the unit itself when it is one) in the state asked, by name. */
    @ReadOnly
    public List<Commune> list(CurrentUser user, long unitId, State state) {
        requireStaff(user);
        scope.require(user, unitId);
        return queries.communesUnder(scope.pathOf(unitId), today()).stream()
                .filter(c -> switch (state) {
                    case ALL -> true;
                    case MODEL -> c.current() != null;
                    case PILOT -> c.pilot();
                })
                .toList();
    }

    @ReadOnly
    public CommuneDetail detail(CurrentUser user, long unitId) {
        requireStaff(user);
        Commune commune = commune(user, unitId);
        List<Recognition> history = queries.recognitions(unitId);
        Recognition open = history.stream().filter(r -> r.revokedOn() == null).findFirst().orElse(null);
        return new CommuneDetail(commune, history, open, user.manager(), canSetPilot(user, unitId));
    }

    /**
     * Records a decision recognising the commune; refused while another recognition is in force (not revoked).
     * {@code errors} holds the form's field errors (checked after the scope, so a stranger gets 403, not 422).
     */
    @Transactional
    public long recognise(CurrentUser user, long unitId, RecognitionInput in, FormInvalid.Collector errors) {
        requireManager(user);
        commune(user, unitId);
        errors.throwIfAny();
        List<Recognition> history = queries.recognitions(unitId);
        if (history.stream().anyMatch(r -> r.revokedOn() == null)) {
            errors.add("recognition", "mediation.models.error.alreadyRecognised");
        }
        // recognitions of one commune never overlap: a new decision starts on or after the last revocation
        history.stream().map(Recognition::revokedOn).filter(d -> d != null && in.decidedOn().isBefore(d))
                .max(LocalDate::compareTo)
                .ifPresent(d -> errors.add("decidedOn", "mediation.models.error.beforeRevocation", Dates.format(d)));
        errors.throwIfAny();
        return queries.insertRecognition(unitId, in, user.accountId()).orElseThrow(() -> new FormInvalid(
                List.of(new FormInvalid.FieldError("recognition", "mediation.models.error.alreadyRecognised"))));
    }

    /** Revokes the commune's recognition in force from the given day on, with a note; the decision stays on record. */
    @Transactional
    public void revoke(CurrentUser user, long unitId, long recognitionId, RevocationInput in, FormInvalid.Collector errors) {
        requireManager(user);
        commune(user, unitId);
        Recognition r = queries.recognitions(unitId).stream().filter(x -> x.id() == recognitionId).findFirst()
                .orElseThrow(Problem::notFound);
        errors.throwIfAny();
        if (r.revokedOn() != null) {
            errors.add("revokedOn", "mediation.models.error.alreadyRevoked");
        } else if (in.revokedOn().isBefore(r.decidedOn())) {
            errors.add("revokedOn", "mediation.models.error.revokedBeforeDecision", Dates.format(r.decidedOn()));
        }
        errors.throwIfAny();
        queries.revoke(recognitionId, in, user.accountId());
    }

    /** Sets or clears the pilot flag of a commune under the user's unit, with an audit row; unchanged = nothing written. */
    @Transactional
    public void setPilot(CurrentUser user, long unitId, boolean pilot) {
        requireManager(user);
        Commune c = commune(user, unitId);
        if (!canSetPilot(user, unitId)) {
            throw Problem.forbidden();
        }
        if (c.pilot() != pilot) {
            queries.setPilot(unitId, pilot, user.accountId());
        }
    }

    /** The last day a decision or a revocation may carry: today (Vietnam). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }

    private boolean canSetPilot(CurrentUser user, long unitId) {
        return user.manager() && unitId != user.unitId();
    }

    /** The commune-level unit of the user's subtree (403 outside it, 404 unknown, 400 not a commune). */
    private Commune commune(CurrentUser user, long unitId) {
        scope.require(user, unitId);
        return queries.commune(unitId, today()).orElseThrow(() -> Problem.badRequest("mediation.models.error.notCommune"));
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.staff()) {
            throw Problem.forbidden();
        }
    }

    private static void requireManager(CurrentUser user) {
        if (!user.manager()) {
            throw Problem.forbidden();
        }
    }
}
