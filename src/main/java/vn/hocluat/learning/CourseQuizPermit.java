package vn.hocluat.learning;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.assessment.quiz.TakePermit;
import vn.hocluat.platform.security.CurrentUser;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A learner enrolled in a course they may view may take its quiz lessons' quizzes, wherever the
 * quiz's unit is: a public course owned by a commune is open to citizens of every province.
 */
@Singleton
class CourseQuizPermit implements TakePermit {
    private final JdbcOperations jdbc;
    private final CourseAccess access;

    CourseQuizPermit(JdbcOperations jdbc, CourseAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    @ReadOnly
    public boolean mayTake(CurrentUser user, long quizId) {
        return enrolledCourses(user.accountId(), quizId).stream()
                .anyMatch(courseId -> access.head(courseId).filter(c -> access.canView(user, c)).isPresent());
    }

    private List<Long> enrolledCourses(long accountId, long quizId) {
        return jdbc.prepareStatement("""
                select distinct l.course_id from lesson l join enrollment e on e.course_id = l.course_id and e.account_id = ?
                where l.quiz_id = ? and not l.retired""", st -> {
            st.setLong(1, accountId);
            st.setLong(2, quizId);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }
}
