package vn.hocluat.satisfaction;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.RateLimit;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Problem;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

/**
 * Records satisfaction ratings and lets managers read those of their subtree. Against stuffing: one
 * rating per rater per object per calendar month (V420), a budget of ratings per client address per
 * hour (in memory, Bucket4j), anonymous raters only through a signed cookie (the controller verifies it).
 */
@Singleton
public class RatingService {
    static final int MAX_COMMENT = 1000;

    private final RatingStore store;
    private final UnitScope scope;
    private final RateLimit perAddress;

    RatingService(RatingStore store, UnitScope scope,
                  @Value("${hocluat.satisfaction.ratings-per-address-hour:30}") int perAddressHour) {
        this.store = store;
        this.scope = scope;
        this.perAddress = new RateLimit(perAddressHour, Duration.ofHours(1));
    }

    /**
     * Records the rating with the rater's declared unit (the account's unit, the entrant's residence; none
     * for an anonymous rater), where CITIZEN_REACH_SHARE counts the rater; 400 on a bad score or comment,
     * 404 on an unknown object, 409 when already rated this month, 429 over the address budget.
     */
    @Transactional
    public void record(RatingRequest r) {
        if (r.score() < 1 || r.score() > 5) {
            throw Problem.badRequest("satisfaction.score.invalid");
        }
        String comment = r.comment() == null || r.comment().isBlank() ? null : r.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw Problem.badRequest("satisfaction.comment.tooLong", MAX_COMMENT);
        }
        if (r.object().kind() == RatedObject.Kind.PAGE
                ? r.object().path() == null || !r.object().path().startsWith("/") || r.object().path().length() > 300
                : r.object().id() == null) {
            throw Problem.notFound();
        }
        long owner = store.ownerUnit(r.object()).orElseThrow(Problem::notFound);
        String rater = r.rater().key();
        if (store.ratedThisWindow(rater, r.object())) {
            throw new Problem(HttpStatus.CONFLICT, "satisfaction.already");
        }
        if (!perAddress.take(r.clientAddress())) {
            throw new Problem(HttpStatus.TOO_MANY_REQUESTS, "satisfaction.rateLimited");
        }
        RatingRequest clean = new RatingRequest(r.object(), r.score(), comment, r.rater(), r.clientAddress());
        if (!store.insert(clean, owner, store.declaredUnit(r.rater()).orElse(null))) {
            throw new Problem(HttpStatus.CONFLICT, "satisfaction.already");
        }
    }

    /** Ratings, with comments, on objects owned by the unit's subtree in the months [from, to]: managers of that subtree only. */
    @ReadOnly
    public List<Rating> ratings(CurrentUser user, long unitId, YearMonth from, YearMonth to) {
        if (!user.manager()) {
            throw Problem.forbidden();
        }
        scope.require(user, unitId);
        return store.under(scope.pathOf(unitId), from.atDay(1), to.plusMonths(1).atDay(1));
    }
}
