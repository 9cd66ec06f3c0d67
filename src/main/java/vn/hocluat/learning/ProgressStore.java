package vn.hocluat.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.learning.Statements.ObjectKind;
import vn.hocluat.learning.Statements.Verb;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes of lesson progress, each in its own transaction with the enrolment row locked (so
 * two tabs or a double click cannot count time twice). Time spent is the gap since the learner's
 * previous event in the course ({@code enrollment.last_seen_at}), bounded: a heartbeat adds at
 * most what it reports, at most {@link #BEAT_CAP} seconds; a page view or "mark as done" credits
 * the lesson read before it with at most {@link #PAGE_CAP} seconds (reading without JavaScript).
 */
@Singleton
class ProgressStore {
    static final int BEAT_CAP = 60;
    static final int PAGE_CAP = 300;
    /** An attempt's time counts for min-minutes up to this (an attempt without time limit left open). */
    static final int ATTEMPT_CAP = 7200;

    /** What a write changed: the lesson became done now; the course's minimum time was reached now. */
    record Outcome(boolean lessonDone, boolean minutesReached) {
        boolean worthChecking() {
            return lessonDone || minutesReached;
        }
    }

    private final JdbcOperations jdbc;
    private final Statements statements;

    ProgressStore(JdbcOperations jdbc, Statements statements) {
        this.jdbc = jdbc;
        this.statements = statements;
    }

    /** Opening a lesson: credits the previous lesson, creates this lesson's progress (first opening), resumes here next time. */
    @Transactional
    Outcome open(Enrolment e, long lessonId) {
        long before = lockAndTotal(e.id());
        Long previous = jdbc.prepareStatement("select last_lesson_id from enrollment where id = ?", st -> {
            st.setLong(1, e.id());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? (Long) rs.getObject(1) : null;
            }
        });
        if (previous != null) {
            creditGap(e.id(), previous, PAGE_CAP);
        }
        opened(e, lessonId);
        seen(e.id(), lessonId);
        return new Outcome(false, reached(e.courseId(), before, total(e.id())));
    }

    /** A player heartbeat: bounded time, the media position, done when the media reached its end. */
    @Transactional
    Outcome beat(Enrolment e, long lessonId, int seconds, @Nullable Integer position, boolean reachedEnd) {
        long before = lockAndTotal(e.id());
        opened(e, lessonId);
        creditGap(e.id(), lessonId, Math.max(0, Math.min(seconds, BEAT_CAP)));
        if (position != null) {
            jdbc.prepareStatement("update lesson_progress set position_seconds = ? where enrollment_id = ? and lesson_id = ?", st -> {
                st.setInt(1, Math.max(0, position));
                st.setLong(2, e.id());
                st.setLong(3, lessonId);
                return st.executeUpdate();
            });
        }
        boolean done = reachedEnd && done(e, lessonId);
        seen(e.id(), lessonId);
        return new Outcome(done, reached(e.courseId(), before, total(e.id())));
    }

    /** "Mark as done": credits the reading time of this lesson and marks it done (once). */
    @Transactional
    Outcome markDone(Enrolment e, long lessonId) {
        long before = lockAndTotal(e.id());
        opened(e, lessonId);
        creditGap(e.id(), lessonId, PAGE_CAP);
        boolean done = done(e, lessonId);
        seen(e.id(), lessonId);
        return new Outcome(done, reached(e.courseId(), before, total(e.id())));
    }

    /**
     * A closed attempt of the quiz of a quiz lesson: its time (bounded), the quiz result statement
     * (PASSED/FAILED with the taker's grade, COMPLETED without a pass mark), and the lesson done
     * when the rule holds (passed when must-pass, else attempted).
     */
    @Transactional
    Outcome quizResult(Enrolment e, long lessonId, long quizId, long seconds, @Nullable BigDecimal score,
                       @Nullable BigDecimal maxScore, @Nullable Boolean passed, boolean lessonDone) {
        long before = lockAndTotal(e.id());
        opened(e, lessonId);
        int credit = (int) Math.max(0, Math.min(seconds, ATTEMPT_CAP));
        jdbc.prepareStatement("update lesson_progress set seconds_spent = seconds_spent + ? where enrollment_id = ? and lesson_id = ?", st -> {
            st.setInt(1, credit);
            st.setLong(2, e.id());
            st.setLong(3, lessonId);
            return st.executeUpdate();
        });
        Verb verb = passed == null ? Verb.COMPLETED : passed ? Verb.PASSED : Verb.FAILED;
        statements.record(e.accountId(), verb, ObjectKind.QUIZ, quizId, e.courseId(), score, maxScore, Instant.now());
        boolean done = lessonDone && done(e, lessonId);
        return new Outcome(done, reached(e.courseId(), before, total(e.id())));
    }

    /** A current quiz lesson on the quiz in a course the account is enrolled in. */
    record QuizLesson(long lessonId, long enrolmentId, boolean mustPass) {
    }

    @ReadOnly
    List<QuizLesson> quizLessons(long quizId, long accountId) {
        return jdbc.prepareStatement("""
                select l.id, e.id, l.must_pass from lesson l join enrollment e on e.course_id = l.course_id and e.account_id = ?
                where l.quiz_id = ? and not l.retired order by l.id""", st -> {
            st.setLong(1, accountId);
            st.setLong(2, quizId);
            List<QuizLesson> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new QuizLesson(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)));
                }
            }
            return out;
        });
    }

    private long lockAndTotal(long enrolmentId) {
        jdbc.prepareStatement("select id from enrollment where id = ? for update", st -> {
            st.setLong(1, enrolmentId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
        return total(enrolmentId);
    }

    private long total(long enrolmentId) {
        return jdbc.prepareStatement("select coalesce(sum(seconds_spent), 0) from lesson_progress where enrollment_id = ?", st -> {
            st.setLong(1, enrolmentId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** True when the course has a minimum time and this write crossed it. */
    private boolean reached(long courseId, long before, long after) {
        Integer min = jdbc.prepareStatement("select min_minutes from course where id = ?", st -> {
            st.setLong(1, courseId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? (Integer) rs.getObject(1) : null;
            }
        });
        return min != null && before < min * 60L && after >= min * 60L;
    }

    /** Creates the lesson's progress row at its first opening (the MATERIAL_ACCESS_SHARE fact) with an EXPERIENCED statement. */
    private void opened(Enrolment e, long lessonId) {
        boolean created = jdbc.prepareStatement("""
                insert into lesson_progress (enrollment_id, lesson_id) values (?, ?)
                on conflict (enrollment_id, lesson_id) do nothing""", st -> {
            st.setLong(1, e.id());
            st.setLong(2, lessonId);
            return st.executeUpdate() == 1;
        });
        if (created) {
            statements.record(e.accountId(), Verb.EXPERIENCED, ObjectKind.LESSON, lessonId, e.courseId(), null, null, Instant.now());
        }
    }

    /** Marks done once; a COMPLETED statement on the lesson when it was not done before. */
    private boolean done(Enrolment e, long lessonId) {
        boolean now = jdbc.prepareStatement(
                "update lesson_progress set done_at = now() where enrollment_id = ? and lesson_id = ? and done_at is null", st -> {
                    st.setLong(1, e.id());
                    st.setLong(2, lessonId);
                    return st.executeUpdate() == 1;
                });
        if (now) {
            statements.record(e.accountId(), Verb.COMPLETED, ObjectKind.LESSON, lessonId, e.courseId(), null, null, Instant.now());
        }
        return now;
    }

    /** Adds the seconds since the enrolment's last event, at most {@code cap}, to the lesson (no previous event: nothing). */
    private void creditGap(long enrolmentId, long lessonId, int cap) {
        jdbc.prepareStatement("""
                update lesson_progress p
                set seconds_spent = p.seconds_spent + least(?, greatest(0, floor(extract(epoch from clock_timestamp() - e.last_seen_at))))::int
                from enrollment e
                where e.id = ? and p.enrollment_id = e.id and p.lesson_id = ? and e.last_seen_at is not null""", st -> {
            st.setInt(1, cap);
            st.setLong(2, enrolmentId);
            st.setLong(3, lessonId);
            return st.executeUpdate();
        });
    }

    private void seen(long enrolmentId, long lessonId) {
        jdbc.prepareStatement("update enrollment set last_lesson_id = ?, last_seen_at = clock_timestamp() where id = ?", st -> {
            st.setLong(1, lessonId);
            st.setLong(2, enrolmentId);
            return st.executeUpdate();
        });
    }
}
