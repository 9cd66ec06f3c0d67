package vn.hocluat.assessment.quiz;

/** DRAW n random questions of a bank matching a filter, or one FIXED question. UI key quiz.rule.kind.&lt;NAME&gt;. */
public enum RuleKind {
    DRAW, FIXED
}
