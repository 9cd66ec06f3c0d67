package vn.hocluat.assessment.question;

/** The kinds of question the engine grades; UI label key question.type.&lt;NAME&gt;. */
public enum QuestionType {
    /** one correct option among several */
    SINGLE,
    /** several options may be correct; weights give partial credit and penalties */
    MULTIPLE,
    /** a statement that is true or false */
    TRUE_FALSE,
    /** a typed answer compared with accepted answers */
    SHORT_ANSWER,
    /** a number, right within a tolerance or a range */
    NUMERICAL,
    /** each left item is matched with one right item */
    MATCHING
}
