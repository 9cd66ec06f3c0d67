package vn.hocluat.assessment.quiz;

/** Which attempts make a taker's grade on a quiz; UI label key quiz.grading.&lt;NAME&gt;. */
public enum GradingMethod {
    HIGHEST, LAST, FIRST, AVERAGE
}
