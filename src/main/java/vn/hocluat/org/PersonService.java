package vn.hocluat.org;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.org.PersonInvalidException.FieldError;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.text.Fold;
import vn.hocluat.platform.web.Problem;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The people roster: list, read, create, update, deactivate and reactivate people. Every call
 * checks the caller: ADMIN and MANAGER write, TRAINER and ORGANISER only read, LEARNER neither; and
 * only people whose unit lies in the caller's subtree (403 outside it, 404 when unknown).
 */
@Singleton
public class PersonService {
    private static final String UNIQUE_VIOLATION = "23505";

    private final PersonRepository people;
    private final PersonQueries queries;
    private final UnitScope scope;

    PersonService(PersonRepository people, PersonQueries queries, UnitScope scope) {
        this.people = people;
        this.queries = queries;
        this.scope = scope;
    }

    public static boolean canRead(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.MANAGER, Role.TRAINER, Role.ORGANISER);
    }

    public static boolean canWrite(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.MANAGER);
    }

    /** People of the caller's subtree (or of the filter's unit, which must lie in it) matching the filter. */
    @ReadOnly
    public PersonPage list(CurrentUser user, PersonFilter filter) {
        requireReader(user);
        String prefix = scope.pathPrefix(user);
        if (filter.unitId() != null) {
            scope.require(user, filter.unitId());
            prefix = scope.pathOf(filter.unitId());
        }
        return queries.list(prefix, filter, Dates.today());
    }

    @ReadOnly
    public PersonView get(CurrentUser user, long id) {
        requireReader(user);
        PersonView view = queries.find(id).orElseThrow(Problem::notFound);
        scope.require(user, view.unitId());
        return view;
    }

    /** Creates a person; a blank code is generated as "HL" + 8 digits. */
    @Transactional
    public PersonView create(CurrentUser user, PersonInput input) {
        requireWriter(user);
        PersonData d = validated(user, input, null);
        String code = d.code() != null ? d.code() : generatedCode();
        Person saved = store(new Person(null, code, d.fullName(), Fold.fold(d.fullName()), d.birthDate(), d.gender(),
                d.ethnicity(), d.phone(), d.email(), d.unitId(), d.position(), d.activeFrom(), d.activeTo(),
                null, null, null), true);
        queries.replaceGroups(saved.id(), d.groups());
        return queries.find(saved.id()).orElseThrow();
    }

    /** Replaces a person's facts and groups; a blank code keeps the current one. */
    @Transactional
    public PersonView update(CurrentUser user, long id, PersonInput input) {
        requireWriter(user);
        Person current = loadInScope(user, id);
        PersonData d = validated(user, input, id);
        String code = d.code() != null ? d.code() : current.code();
        store(new Person(id, code, d.fullName(), Fold.fold(d.fullName()), d.birthDate(), d.gender(), d.ethnicity(),
                d.phone(), d.email(), d.unitId(), d.position(), d.activeFrom(), d.activeTo(), current.accountId(),
                current.createdAt(), null), false);
        queries.replaceGroups(id, d.groups());
        return queries.find(id).orElseThrow();
    }

    /**
     * Ends a person's active period so that they are no longer active from {@code from} on (null:
     * today). The period includes its last day, so the stored active_to is the day before.
     */
    @Transactional
    public PersonView deactivate(CurrentUser user, long id, @Nullable LocalDate from) {
        requireWriter(user);
        Person p = loadInScope(user, id);
        LocalDate lastDay = (from == null ? Dates.today() : from).minusDays(1);
        if (lastDay.isBefore(p.activeFrom())) {
            throw new PersonInvalidException(List.of(new FieldError("inactiveFrom",
                    "person.error.inactiveFromTooEarly", Dates.format(p.activeFrom().plusDays(1)))));
        }
        people.update(withActiveTo(p, lastDay));
        return queries.find(id).orElseThrow();
    }

    /** Makes the person active again with no end date. */
    @Transactional
    public PersonView reactivate(CurrentUser user, long id) {
        requireWriter(user);
        Person p = loadInScope(user, id);
        people.update(withActiveTo(p, null));
        return queries.find(id).orElseThrow();
    }

    private PersonData validated(CurrentUser user, PersonInput input, Long personId) {
        PersonValidator.Result result = PersonValidator.validate(input, Dates.today());
        PersonData d = result.data();
        List<FieldError> errors = new ArrayList<>(result.errors());
        if (d.unitId() != null && !scope.contains(user, d.unitId())) {
            errors.add(new FieldError("unitId", "person.error.unitOutOfScope"));
        }
        if (d.code() != null && queries.codeTaken(d.code(), personId)) {
            errors.add(new FieldError("code", "person.error.codeTaken", d.code()));
        }
        if (!errors.isEmpty()) {
            throw new PersonInvalidException(errors);
        }
        return d;
    }

    private String generatedCode() {
        String code;
        do {
            code = String.format("HL%08d", queries.nextCodeNumber());
        } while (queries.codeTaken(code, null));
        return code;
    }

    /** Saves, turning a concurrent insert of the same code (the unique index) into the field error. */
    private Person store(Person p, boolean insert) {
        try {
            return insert ? people.save(p) : people.update(p);
        } catch (DataAccessException e) {
            if (isUniqueViolation(e)) {
                throw new PersonInvalidException(List.of(new FieldError("code", "person.error.codeTaken", p.code())));
            }
            throw e;
        }
    }

    private Person loadInScope(CurrentUser user, long id) {
        Person p = people.findById(id).orElseThrow(Problem::notFound);
        scope.require(user, p.unitId());
        return p;
    }

    private static Person withActiveTo(Person p, LocalDate activeTo) {
        return new Person(p.id(), p.code(), p.fullName(), p.searchName(), p.birthDate(), p.gender(), p.ethnicity(),
                p.phone(), p.email(), p.unitId(), p.position(), p.activeFrom(), activeTo, p.accountId(),
                p.createdAt(), p.updatedAt());
    }

    private static void requireReader(CurrentUser user) {
        if (!canRead(user)) {
            throw Problem.forbidden();
        }
    }

    private static void requireWriter(CurrentUser user) {
        if (!canWrite(user)) {
            throw Problem.forbidden();
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
