package vn.hocluat.learning.assign;

import vn.hocluat.platform.web.Paged;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.learning.CourseHead;
import vn.hocluat.org.PersonFilter;
import vn.hocluat.org.PersonService;
import vn.hocluat.org.PersonView;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.platform.web.FormInvalid;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Assigned training: authors (ADMIN, MANAGER, TRAINER) list, create and delete the assignments
 * whose unit lies in their subtree. Who an assignment covers and when it is due is the view
 * assignment_due; this service only counts over it.
 */
@Singleton
public class AssignmentService {
    static final int SOON_DAYS = 30;
    static final int ROSTER_MATCHES = 20;

    private final JdbcOperations jdbc;
    private final UnitScope scope;
    private final CourseChoices courses;
    private final PersonService people;
    private final Clock clock;

    AssignmentService(JdbcOperations jdbc, UnitScope scope, CourseChoices courses, PersonService people, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.courses = courses;
        this.people = people;
        this.clock = clock;
    }

    /** Refuses (403) anyone who is not an author. */
    public static CurrentUser requireAuthor(CurrentUser user) {
        if (!user.author()) {
            throw Problem.forbidden();
        }
        return user;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }

    @ReadOnly
    public Paged<AssignmentRow> list(CurrentUser user, @Nullable Long courseId, int page) {
        requireAuthor(user);
        String prefix = scope.pathPrefix(user);
        // a null course binds as "any course"
        String courseFilter = " and (cast(? as bigint) is null or a.course_id = ?)";
        long total = jdbc.prepareStatement("select count(*) from course_assignment a join unit au on au.id = a.unit_id"
                + " where au.path like ? || '%'" + courseFilter, st -> {
            st.setString(1, prefix);
            st.setObject(2, courseId);
            st.setObject(3, courseId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        Paged<AssignmentRow> empty = new Paged<>(List.of(), total, page, Paged.PAGE_SIZE);
        LocalDate today = today();
        List<AssignmentRow> rows = jdbc.prepareStatement("""
                select a.id, c.id, c.title, a.target, p.full_name, a.group_code, au.name, a.due_on, a.due_months, a.due_base, a.note,
                       n.assigned, n.completed, n.overdue, n.soon
                from course_assignment a join unit au on au.id = a.unit_id join course c on c.id = a.course_id
                left join person p on p.id = a.person_id
                left join lateral (
                    select count(*) as assigned, count(cc.id) as completed,
                           count(*) filter (where cc.id is null and d.due_on < ?) as overdue,
                           count(*) filter (where cc.id is null and d.due_on between ? and ?) as soon
                    from assignment_due d
                    left join course_completion cc on cc.course_id = d.course_id and cc.account_id = d.account_id
                    where d.assignment_id = a.id) n on true
                where au.path like ? || '%'""" + courseFilter + " order by a.created_at desc, a.id desc limit ? offset ?", st -> {
            st.setObject(1, today);
            st.setObject(2, today);
            st.setObject(3, today.plusDays(SOON_DAYS));
            st.setString(4, prefix);
            st.setObject(5, courseId);
            st.setObject(6, courseId);
            st.setInt(7, Paged.PAGE_SIZE);
            st.setLong(8, empty.offset());
            List<AssignmentRow> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new AssignmentRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), (Integer) rs.getObject(9),
                            rs.getString(10), rs.getString(11), rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15)));
                }
            }
            return out;
        });
        return new Paged<>(rows, total, page, Paged.PAGE_SIZE);
    }

    /** Saves a checked form; the course must be viewable, published and visible to the target, the target in scope (403). */
    @Transactional
    public long create(CurrentUser user, AssignmentInput in) {
        requireAuthor(user);
        FormInvalid.Collector errors = new FormInvalid.Collector();
        CourseHead course = courses.published(user, in.courseId()).orElse(null);
        if (course == null) {
            errors.add("courseId", "assign.error.course");
        }
        long unitId;
        String targetField;
        if (in.target() == AssignmentInput.Target.PERSON) {
            PersonView person = people.get(user, in.personId());
            if (person.ended()) {
                errors.add("personId", "assign.error.personEnded", person.fullName(), Dates.format(person.activeTo()));
            }
            unitId = person.unitId();
            targetField = "personId";
        } else {
            scope.require(user, in.unitId());
            unitId = in.unitId();
            targetField = "unitId";
        }
        if (course != null && !courses.visibleIn(course, unitId)) {
            errors.add(targetField, "assign.error.notVisible", course.title());
        }
        errors.throwIfAny();
        return jdbc.prepareStatement("""
                insert into course_assignment (course_id, unit_id, target, person_id, group_code, due_on, due_months, due_base, note,
                                               created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", st -> {
            st.setLong(1, in.courseId());
            st.setLong(2, unitId);
            st.setString(3, in.target().name());
            st.setObject(4, in.personId());
            st.setString(5, in.group() == null ? null : in.group().name());
            st.setObject(6, in.dueOn());
            st.setObject(7, in.dueMonths());
            st.setString(8, in.dueBase() == null ? null : in.dueBase().name());
            st.setString(9, in.note());
            st.setLong(10, user.accountId());
            st.setTimestamp(11, Timestamp.from(clock.instant()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Deletes an assignment of the caller's subtree (404 unknown, 403 outside); completions stay. */
    @Transactional
    public void delete(CurrentUser user, long id) {
        requireAuthor(user);
        Long unitId = jdbc.prepareStatement("select unit_id from course_assignment where id = ?", st -> {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        });
        if (unitId == null) {
            throw Problem.notFound();
        }
        scope.require(user, unitId);
        jdbc.prepareStatement("delete from course_assignment where id = ?", st -> {
            st.setLong(1, id);
            return st.executeUpdate();
        });
    }

    /** Active roster persons of the caller's subtree matching the text (name, code, phone), for the person picker. */
    @ReadOnly
    public List<PersonView> roster(CurrentUser user, @Nullable Long unitId, String q) {
        requireAuthor(user);
        if (q.isBlank()) {
            return List.of();
        }
        return people.list(user, new PersonFilter(unitId, null, q, null, false, 1, ROSTER_MATCHES)).items();
    }

    /** A person of the caller's subtree, for a picked person shown again on the form (403 outside). */
    @ReadOnly
    public PersonView person(CurrentUser user, long personId) {
        return people.get(requireAuthor(user), personId);
    }
}
