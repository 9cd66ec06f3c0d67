package vn.hocluat.assessment.quiz;

/** When review opens: as soon as the attempt is closed, or only once the quiz has closed. UI key quiz.reviewWhen.&lt;NAME&gt;. */
public enum ReviewWhen {
    IMMEDIATELY, AFTER_CLOSE
}
