package vn.hocluat.learning;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.assessment.AttemptService;
import vn.hocluat.assessment.QuizGrade;
import vn.hocluat.assessment.Taker;
import vn.hocluat.learning.Statements.ObjectKind;
import vn.hocluat.learning.Statements.Verb;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The completion rules of courses/README.md "Completion", checked for one enrolment, and the one
 * completion row written when they hold: every required, non-retired lesson done (a quiz lesson:
 * passed by the taker's grade when must-pass — a quiz without pass mark counts as passed once
 * graded — else any closed attempt), and the course's minimum minutes spent in its lessons.
 * The insert does nothing when the account already completed the course (any version), so
 * concurrent or repeated checks leave one row.
 */
@Singleton
class CompletionWriter {
    private final JdbcOperations jdbc;
    private final AttemptService attempts;
    private final Learners learners;
    private final Statements statements;

    CompletionWriter(JdbcOperations jdbc, AttemptService attempts, Learners learners, Statements statements) {
        this.jdbc = jdbc;
        this.attempts = attempts;
        this.learners = learners;
        this.statements = statements;
    }

    private record Required(String kind, Long quizId, boolean mustPass, boolean done) {
    }

    /** The id of the completion written now, or empty when the rules do not hold yet or it was written before. */
    @Transactional
    Optional<Long> write(Enrolment e) {
        if (completed(e)) {
            return Optional.empty();
        }
        Taker taker = Taker.account(e.accountId());
        BigDecimal score = null;
        BigDecimal max = null;
        for (Required r : required(e)) {
            if (!"QUIZ".equals(r.kind())) {
                if (!r.done()) {
                    return Optional.empty();
                }
                continue;
            }
            Optional<QuizGrade> grade = attempts.grade(r.quizId(), taker);
            if (grade.isEmpty() || r.mustPass() && Boolean.FALSE.equals(grade.get().passed())) {
                return Optional.empty();
            }
            if (r.mustPass()) {
                score = (score == null ? BigDecimal.ZERO : score).add(grade.get().score());
                max = (max == null ? BigDecimal.ZERO : max).add(grade.get().maxScore());
            }
        }
        if (!enoughTime(e)) {
            return Optional.empty();
        }
        Long person = learners.personOf(e.accountId()).orElse(e.personId());
        Instant at = Instant.now();
        BigDecimal s = score;
        BigDecimal m = max;
        Optional<Long> id = jdbc.prepareStatement("""
                insert into course_completion (course_id, course_version, account_id, person_id, completed_at, score, max_score, cohort_id, mode)
                select c.id, c.version, ?, ?, ?, ?, ?,
                       (select h.id from cohort h join cohort_member cm on cm.cohort_id = h.id
                        where h.course_id = c.id and cm.person_id = ?
                          and (cast(? as timestamptz) at time zone 'Asia/Ho_Chi_Minh')::date between h.starts_on and h.ends_on
                        order by h.starts_on desc, h.id desc limit 1),
                       'ONLINE'
                from course c where c.id = ?
                on conflict (course_id, account_id) do nothing returning id""", st -> {
            st.setLong(1, e.accountId());
            st.setObject(2, person);
            st.setTimestamp(3, Timestamp.from(at));
            st.setBigDecimal(4, s);
            st.setBigDecimal(5, m);
            st.setObject(6, person);
            st.setTimestamp(7, Timestamp.from(at));
            st.setLong(8, e.courseId());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
            }
        });
        id.ifPresent(x -> statements.record(e.accountId(), Verb.COMPLETED, ObjectKind.COURSE, e.courseId(), e.courseId(), s, m, at));
        return id;
    }

    private boolean completed(Enrolment e) {
        return jdbc.prepareStatement("select 1 from course_completion where course_id = ? and account_id = ?", st -> {
            st.setLong(1, e.courseId());
            st.setLong(2, e.accountId());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
    }

    private List<Required> required(Enrolment e) {
        return jdbc.prepareStatement("""
                select l.kind, l.quiz_id, l.must_pass, p.done_at is not null
                from lesson l left join lesson_progress p on p.lesson_id = l.id and p.enrollment_id = ?
                where l.course_id = ? and l.required and not l.retired""", st -> {
            st.setLong(1, e.id());
            st.setLong(2, e.courseId());
            List<Required> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Required(rs.getString(1), (Long) rs.getObject(2), rs.getBoolean(3), rs.getBoolean(4)));
                }
            }
            return out;
        });
    }

    private boolean enoughTime(Enrolment e) {
        return jdbc.prepareStatement("""
                select c.min_minutes is null
                       or (select coalesce(sum(seconds_spent), 0) from lesson_progress where enrollment_id = ?) >= c.min_minutes * 60
                from course c where c.id = ?""", st -> {
            st.setLong(1, e.id());
            st.setLong(2, e.courseId());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }
}
