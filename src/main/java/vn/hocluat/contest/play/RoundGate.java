package vn.hocluat.contest.play;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import vn.hocluat.assessment.quiz.QuizTimes;
import vn.hocluat.platform.web.Problem;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A round's own entry rules for one entrant, read in one statement: the contest is published, the
 * round open by the database clock, the entrant old enough on the day (Asia/Ho_Chi_Minh) and
 * resident in one of the contest's residence units (with their subtrees) when it names any.
 */
record RoundGate(long contestId, boolean published, @Nullable Long quizId, Instant opensAt, Instant closesAt, Instant now,
                 @Nullable Integer minAge, LocalDate birthDate, boolean resident, @Nullable String residenceNames) {

    /** The quiz to start, or the first rule that refuses (404 for an unpublished contest, else 409 with a reason). */
    long quizOrRefuse(LocalDate today) {
        if (!published || quizId == null) {
            throw Problem.notFound();
        }
        if (now.isBefore(opensAt)) {
            throw new Problem(HttpStatus.CONFLICT, "contest.play.notYetOpen", QuizTimes.format(opensAt));
        }
        if (!now.isBefore(closesAt)) {
            throw new Problem(HttpStatus.CONFLICT, "contest.play.closed", QuizTimes.format(closesAt));
        }
        if (minAge != null && birthDate.plusYears(minAge).isAfter(today)) {
            throw new Problem(HttpStatus.CONFLICT, "contest.play.tooYoung", minAge);
        }
        if (!resident) {
            throw new Problem(HttpStatus.CONFLICT, "contest.play.notResident", residenceNames);
        }
        return quizId;
    }
}
