package vn.hocluat.assessment.quiz;

import vn.hocluat.platform.security.CurrentUser;

/**
 * A feature that places quizzes before its own audience (a course's quiz lesson) may let users
 * outside the quiz unit's subtree take it — e.g. a citizen anywhere taking the quiz of a public
 * course owned by a commune. The engine asks every permit; any yes lets the user take the quiz.
 */
public interface TakePermit {
    boolean mayTake(CurrentUser user, long quizId);
}
