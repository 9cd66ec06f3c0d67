package vn.hocluat.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.learning.Enrolment.Source;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Enrolment in a course. A learner who may view the course enrols when their roster person is
 * assigned the course (source ASSIGNED), is a member of one of its cohorts (COHORT), or the
 * course allows self-enrolment (SELF); otherwise the enrolment is refused. Enrolling twice is a
 * no-op. An enrolment records an xAPI REGISTERED statement.
 */
@Singleton
public class Enrolments {
    private static final String SELECT = "select id, course_id, account_id, person_id, source, last_lesson_id from enrollment";

    private final JdbcOperations jdbc;
    private final CourseAccess access;
    private final Learners learners;
    private final Statements statements;

    Enrolments(JdbcOperations jdbc, CourseAccess access, Learners learners, Statements statements) {
        this.jdbc = jdbc;
        this.access = access;
        this.learners = learners;
        this.statements = statements;
    }

    @ReadOnly
    public Optional<Enrolment> find(long accountId, long courseId) {
        return one(SELECT + " where account_id = ? and course_id = ?", accountId, courseId);
    }

    @ReadOnly
    public Optional<Enrolment> byId(long enrolmentId) {
        return one(SELECT + " where id = ?", enrolmentId, null);
    }

    /** How this user would enrol in the course (ASSIGNED, COHORT, SELF), or empty when they may not (anonymous: empty). */
    @ReadOnly
    public Optional<Source> sourceFor(@Nullable CurrentUser user, CourseHead course) {
        if (user == null || !access.canView(user, course)) {
            return Optional.empty();
        }
        Optional<Long> person = learners.personOf(user.accountId());
        if (person.isPresent()) {
            if (exists("select 1 from assignment_due where course_id = ? and person_id = ?", course.id(), person.get())) {
                return Optional.of(Source.ASSIGNED);
            }
            if (exists("select 1 from cohort_member m join cohort c on c.id = m.cohort_id where c.course_id = ? and m.person_id = ?",
                    course.id(), person.get())) {
                return Optional.of(Source.COHORT);
            }
        }
        return course.selfEnrol() ? Optional.of(Source.SELF) : Optional.empty();
    }

    /**
     * Enrols the user (404 when they may not view the course, 403 "course.enrol.refused" when the
     * course is by assignment only and they have none); returns the enrolment, existing or new.
     */
    @Transactional
    public Enrolment enrol(CurrentUser user, long courseId) {
        CourseHead course = access.requireView(user, courseId);
        Optional<Enrolment> existing = find(user.accountId(), courseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Source source = sourceFor(user, course).orElseThrow(() -> new Problem(HttpStatus.FORBIDDEN, "course.enrol.refused"));
        Long person = learners.personOf(user.accountId()).orElse(null);
        Optional<Long> inserted = jdbc.prepareStatement("""
                insert into enrollment (course_id, account_id, person_id, source) values (?, ?, ?, ?)
                on conflict (course_id, account_id) do nothing returning id""", st -> {
            st.setLong(1, courseId);
            st.setLong(2, user.accountId());
            st.setObject(3, person);
            st.setString(4, source.name());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
            }
        });
        if (inserted.isPresent()) {
            statements.record(user.accountId(), Statements.Verb.REGISTERED, Statements.ObjectKind.COURSE, courseId, courseId,
                    null, null, Instant.now());
        }
        return find(user.accountId(), courseId).orElseThrow();
    }

    private boolean exists(String sql, long a, long b) {
        return jdbc.prepareStatement(sql, st -> {
            st.setLong(1, a);
            st.setLong(2, b);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
    }

    private Optional<Enrolment> one(String sql, long a, @Nullable Long b) {
        return jdbc.prepareStatement(sql, st -> {
            st.setLong(1, a);
            if (b != null) {
                st.setLong(2, b);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new Enrolment(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4),
                        Source.valueOf(rs.getString(5)), (Long) rs.getObject(6))) : Optional.empty();
            }
        });
    }
}
