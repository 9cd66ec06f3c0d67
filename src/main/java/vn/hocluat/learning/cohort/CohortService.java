package vn.hocluat.learning.cohort;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.learning.CourseHead;
import vn.hocluat.learning.Statements;
import vn.hocluat.learning.assign.AssignmentService;
import vn.hocluat.learning.assign.CourseChoices;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.org.AudienceGroup;
import vn.hocluat.org.PersonFilter;
import vn.hocluat.org.PersonService;
import vn.hocluat.org.PersonView;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Problem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cohorts (online training activities of a course, run by a unit): authors open them in their
 * subtree and add persons of the cohort unit's subtree; members with an account are enrolled
 * (source COHORT) when added. Completions recorded within the cohort are its attendance.
 */
@Singleton
public class CohortService {
    static final int ROSTER_MATCHES = 20;

    private final CohortQueries queries;
    private final UnitScope scope;
    private final CourseChoices courses;
    private final PersonService people;
    private final Statements statements;
    private final Clock clock;

    CohortService(CohortQueries queries, UnitScope scope, CourseChoices courses, PersonService people, Statements statements,
                  Clock clock) {
        this.queries = queries;
        this.scope = scope;
        this.courses = courses;
        this.people = people;
        this.statements = statements;
        this.clock = clock;
    }

    @ReadOnly
    public Paged<CohortRow> list(CurrentUser user, int page) {
        String prefix = scope.pathPrefix(AssignmentService.requireAuthor(user));
        long total = queries.count(prefix);
        Paged<CohortRow> shape = new Paged<>(List.of(), total, page, Paged.PAGE_SIZE);
        return new Paged<>(queries.list(prefix, Paged.PAGE_SIZE, shape.offset()), total, page, Paged.PAGE_SIZE);
    }

    @Transactional
    public long create(CurrentUser user, CohortInput in) {
        AssignmentService.requireAuthor(user);
        scope.require(user, in.unitId());
        CourseHead course = courses.published(user, in.courseId()).orElse(null);
        FormInvalid.Collector errors = new FormInvalid.Collector();
        if (course == null) {
            errors.add("courseId", "cohort.error.course");
        } else if (!courses.visibleIn(course, in.unitId())) {
            errors.add("unitId", "assign.error.notVisible", course.title());
        }
        errors.throwIfAny();
        return queries.insert(in, user.accountId(), clock.instant());
    }

    /** The cohort if it belongs to the caller's subtree (404 unknown, 403 outside). */
    @ReadOnly
    public CohortView get(CurrentUser user, long id) {
        AssignmentService.requireAuthor(user);
        CohortView cohort = queries.find(id).orElseThrow(Problem::notFound);
        scope.require(user, cohort.unitId());
        return cohort;
    }

    @ReadOnly
    public List<MemberRow> members(CurrentUser user, long id) {
        return queries.members(get(user, id));
    }

    /** Active persons of the cohort unit's subtree matching the text, for the member picker. */
    @ReadOnly
    public List<PersonView> roster(CurrentUser user, long id, String q) {
        CohortView cohort = get(user, id);
        if (q.isBlank()) {
            return List.of();
        }
        return people.list(user, new PersonFilter(cohort.unitId(), null, q, null, false, 1, ROSTER_MATCHES)).items();
    }

    /** Adds persons of the cohort unit's subtree (403 if any lies outside) and enrols those with an account. */
    @Transactional
    public int addPersons(CurrentUser user, long id, Collection<Long> personIds) {
        CohortView cohort = get(user, id);
        Set<Long> wanted = new LinkedHashSet<>(personIds);
        if (wanted.isEmpty()) {
            throw Problem.badRequest("cohort.error.noneChosen");
        }
        if (queries.inSubtree(wanted, scope.pathOf(cohort.unitId())).size() != wanted.size()) {
            throw Problem.forbidden();
        }
        return add(cohort, wanted);
    }

    /** Adds every active person of the audience group in a unit of the cohort unit's subtree. */
    @Transactional
    public int addGroup(CurrentUser user, long id, AudienceGroup group, long unitId) {
        CohortView cohort = get(user, id);
        String path = scope.pathOf(unitId);
        if (!path.startsWith(scope.pathOf(cohort.unitId()))) {
            throw Problem.forbidden();
        }
        return add(cohort, new LinkedHashSet<>(queries.groupMembers(path, group.name(), today())));
    }

    @Transactional
    public void remove(CurrentUser user, long id, long personId) {
        queries.removeMember(get(user, id).id(), personId);
    }

    private int add(CohortView cohort, Set<Long> personIds) {
        if (personIds.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        queries.addMembers(cohort.id(), personIds, now);
        for (long account : queries.enrol(cohort.courseId(), personIds, now)) {
            statements.record(account, Statements.Verb.REGISTERED, Statements.ObjectKind.COURSE, cohort.courseId(),
                    cohort.courseId(), null, null, now);
        }
        return personIds.size();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }
}
