package vn.hocluat.learning;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.platform.metrics.DomainMetrics;

import java.sql.ResultSet;
import java.util.Optional;

/**
 * Course completions: {@link #check} writes the completion when the rules are met (called when a
 * fact that can complete a course happens — a lesson done, the minimum time reached, a quiz
 * attempt closed — never on a page view), then counts it and publishes {@link CourseCompleted}.
 */
@Singleton
public class Completions {
    private static final Logger LOG = LoggerFactory.getLogger(Completions.class);

    private final CompletionWriter writer;
    private final Enrolments enrolments;
    private final JdbcOperations jdbc;
    private final DomainMetrics metrics;
    private final ApplicationEventPublisher<CourseCompleted> events;

    Completions(CompletionWriter writer, Enrolments enrolments, JdbcOperations jdbc, DomainMetrics metrics,
                ApplicationEventPublisher<CourseCompleted> events) {
        this.writer = writer;
        this.enrolments = enrolments;
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.events = events;
    }

    /** Checks the rules for the enrolment and writes the completion if they now hold; its id when written by this call. */
    public Optional<Long> check(long enrolmentId) {
        Optional<Enrolment> e = enrolments.byId(enrolmentId);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> id = writer.write(e.get());
        id.ifPresent(completionId -> {
            metrics.courseCompleted();
            try {
                events.publishEvent(new CourseCompleted(completionId, e.get().courseId(), e.get().accountId()));
            } catch (RuntimeException ex) {
                // the completion is stored; a failing listener must not fail the learner's request
                LOG.error("A listener failed on completion {} of course {}", completionId, e.get().courseId(), ex);
            }
        });
        return id;
    }

    /** The account's completion of the course, if any. */
    @ReadOnly
    public Optional<Completion> find(long courseId, long accountId) {
        return one("course_id = ? and account_id = ?", courseId, accountId);
    }

    @ReadOnly
    public Optional<Completion> byId(long completionId) {
        return one("id = ?", completionId);
    }

    private Optional<Completion> one(String where, long... keys) {
        return jdbc.prepareStatement("""
                select id, course_id, course_version, account_id, person_id, completed_at, score, max_score, cohort_id
                from course_completion where\s""" + where, st -> {
            for (int i = 0; i < keys.length; i++) {
                st.setLong(i + 1, keys[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new Completion(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4),
                        (Long) rs.getObject(5), rs.getTimestamp(6).toInstant(), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        (Long) rs.getObject(9))) : Optional.empty();
            }
        });
    }
}
