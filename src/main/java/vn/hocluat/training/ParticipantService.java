package vn.hocluat.training;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.org.PersonFilter;
import vn.hocluat.org.PersonService;
import vn.hocluat.org.PersonView;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Problem;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Participants of an activity: picked from the roster of the organising unit's subtree, their attendance and completion. */
@Singleton
class ParticipantService {
    static final int ROSTER_MATCHES = 20;
    static final Set<String> STATUSES = Set.of("PRESENT", "ABSENT", "EXCUSED");

    /** The attendance of one participant as the organiser sets it. */
    record Attendance(String status, boolean completed) {
    }

    private final ActivityService activities;
    private final ParticipantQueries queries;
    private final PersonService people;
    private final UnitScope scope;
    private final Clock clock;

    ParticipantService(ActivityService activities, ParticipantQueries queries, PersonService people, UnitScope scope, Clock clock) {
        this.activities = activities;
        this.queries = queries;
        this.people = people;
        this.scope = scope;
        this.clock = clock;
    }

    @ReadOnly
    List<ParticipantRow> list(CurrentUser user, long id) {
        return queries.list(activities.get(user, id).id());
    }

    /** Active persons of the organising unit's subtree matching the text, for the participant picker. */
    @ReadOnly
    List<PersonView> roster(CurrentUser user, long id, String q) {
        ActivityView activity = activities.writable(user, id);
        if (q.isBlank()) {
            return List.of();
        }
        return people.list(user, new PersonFilter(activity.unitId(), null, q, null, false, 1, ROSTER_MATCHES)).items();
    }

    /** Adds persons of the organising unit's subtree as present (403 if any lies outside); returns how many were new. */
    @Transactional
    int add(CurrentUser user, long id, Collection<Long> personIds) {
        ActivityView activity = activities.writable(user, id);
        Set<Long> wanted = new LinkedHashSet<>(personIds);
        if (wanted.isEmpty()) {
            throw Problem.badRequest("activity.error.noneChosen");
        }
        if (queries.inSubtree(wanted, scope.pathOf(activity.unitId())).size() != wanted.size()) {
            throw Problem.forbidden();
        }
        return queries.add(activity.id(), wanted, "PICK", clock.instant());
    }

    /** Sets the attendance of the listed participants; a completion needs the status PRESENT. */
    @Transactional
    void setAttendance(CurrentUser user, long id, Map<Long, Attendance> attendance) {
        ActivityView activity = activities.writable(user, id);
        Map<Long, ParticipantRow> current = new HashMap<>();
        queries.list(activity.id()).forEach(p -> current.put(p.personId(), p));
        Instant now = clock.instant();
        for (Map.Entry<Long, Attendance> e : attendance.entrySet()) {
            ParticipantRow p = current.get(e.getKey());
            Attendance a = e.getValue();
            if (p == null) {
                throw Problem.notFound();
            }
            if (!STATUSES.contains(a.status())) {
                throw Problem.badRequest("activity.error.status", p.fullName());
            }
            if (a.completed() && !"PRESENT".equals(a.status())) {
                throw Problem.badRequest("activity.error.completedNotPresent", p.fullName());
            }
            queries.setStatus(activity.id(), p.personId(), a.status(), a.completed(), now);
        }
    }

    @Transactional
    int completePresent(CurrentUser user, long id) {
        return queries.completePresent(activities.writable(user, id).id(), clock.instant());
    }

    @Transactional
    void remove(CurrentUser user, long id, long personId) {
        queries.remove(activities.writable(user, id).id(), personId);
    }
}
