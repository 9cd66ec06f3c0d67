package vn.hocluat.assessment.question;

/** Difficulty used by quiz draw rules; UI label key question.difficulty.&lt;NAME&gt;. */
public enum Difficulty {
    EASY, MEDIUM, HARD
}
