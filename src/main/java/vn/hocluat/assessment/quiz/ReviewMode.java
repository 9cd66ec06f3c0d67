package vn.hocluat.assessment.quiz;

/** What a taker sees of a closed attempt once review is open; each level includes the one before. UI key quiz.reviewMode.&lt;NAME&gt;. */
public enum ReviewMode {
    SCORE_ONLY, CORRECT_ANSWERS, FEEDBACK
}
