package vn.hocluat.training;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.platform.web.Problem;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * Training activities of units: staff read those organised in their subtree; trainers, managers
 * and admins record, edit and delete them and open or close their QR check-in.
 */
@Singleton
public class ActivityService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ActivityQueries queries;
    private final ActivityListing listing;
    private final ParticipantQueries participants;
    private final UnitScope scope;
    private final Clock clock;

    ActivityService(ActivityQueries queries, ActivityListing listing, ParticipantQueries participants, UnitScope scope, Clock clock) {
        this.queries = queries;
        this.listing = listing;
        this.participants = participants;
        this.scope = scope;
        this.clock = clock;
    }

    static CurrentUser requireStaff(CurrentUser user) {
        if (!user.staff()) {
            throw Problem.forbidden();
        }
        return user;
    }

    static CurrentUser requireAuthor(CurrentUser user) {
        if (!user.author()) {
            throw Problem.forbidden();
        }
        return user;
    }

    /**
     * The activities of the caller's subtree (or of the filter's unit, which must lie in it): those recorded
     * here, and the cohorts and self-paced courses of learning as read-only ONLINE lines (ActivityListing).
     */
    @ReadOnly
    Paged<ActivityRow> list(CurrentUser user, ActivityFilter filter) {
        requireStaff(user);
        String prefix = filter.unitId() == null ? scope.pathPrefix(user) : scopedPath(user, filter.unitId());
        long total = listing.count(prefix, filter);
        Paged<ActivityRow> shape = new Paged<>(List.of(), total, filter.page(), Paged.PAGE_SIZE);
        List<ActivityRow> rows = listing.list(prefix, filter, Paged.PAGE_SIZE, shape.offset()).stream()
                .map(r -> r.withLink(ActivityUrls.of(r, user.author(), filter.unitId()))).toList();
        return new Paged<>(rows, total, filter.page(), Paged.PAGE_SIZE);
    }

    /** The activity if its organising unit lies in the caller's subtree (404 unknown, 403 outside). */
    @ReadOnly
    ActivityView get(CurrentUser user, long id) {
        requireStaff(user);
        ActivityView activity = queries.find(id).orElseThrow(Problem::notFound);
        scope.require(user, activity.unitId());
        return activity;
    }

    /** The activity for a write: the caller must be an author of its subtree. */
    ActivityView writable(CurrentUser user, long id) {
        return get(requireAuthor(user), id);
    }

    @Transactional
    long create(CurrentUser user, ActivityInput in) {
        requireAuthor(user);
        scope.require(user, in.unitId());
        return queries.insert(in, user.accountId(), clock.instant());
    }

    @Transactional
    void update(CurrentUser user, long id, ActivityInput in) {
        ActivityView activity = writable(user, id);
        scope.require(user, in.unitId());
        if (in.unitId() != activity.unitId() && queries.participantsOutside(id, scope.pathOf(in.unitId())) > 0) {
            FormInvalid.Collector errors = new FormInvalid.Collector();
            errors.add("unitId", "activity.error.unitParticipants");
            errors.throwIfAny();
        }
        queries.update(id, in, clock.instant());
    }

    /** Deletes an activity none of whose participants has completed it (those are training records KPIs count). */
    @Transactional
    void delete(CurrentUser user, long id) {
        ActivityView activity = writable(user, id);
        long completed = participants.completedCount(activity.id());
        if (completed > 0) {
            throw Problem.badRequest("activity.error.deleteCompleted", completed);
        }
        queries.delete(activity.id());
    }

    /** Opens check-in with a new random code (128 bits), unless it is open already. */
    @Transactional
    void openCheckin(CurrentUser user, long id) {
        ActivityView activity = writable(user, id);
        if (activity.checkinCode() == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            queries.setCheckinCode(id, HexFormat.of().formatHex(bytes));
        }
    }

    @Transactional
    void closeCheckin(CurrentUser user, long id) {
        writable(user, id);
        queries.setCheckinCode(id, null);
    }

    private String scopedPath(CurrentUser user, long unitId) {
        scope.require(user, unitId);
        return scope.pathOf(unitId);
    }
}
