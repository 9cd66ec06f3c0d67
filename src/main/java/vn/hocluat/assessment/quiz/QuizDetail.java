package vn.hocluat.assessment.quiz;

import java.math.BigDecimal;
import java.util.List;

/** A quiz with its owning unit's name and its rules in order, each with its bank's name. */
public record QuizDetail(Quiz quiz, String unitName, List<RuleLine> rules) {

    /** A rule and the name of the bank it draws from. */
    public record RuleLine(QuizRule rule, String bankName) {
    }

    /** Questions in every attempt. */
    public int questionCount() {
        return rules.stream().mapToInt(r -> r.rule().questionCount()).sum();
    }

    /** The score of an attempt with every answer right. */
    public BigDecimal maxScore() {
        return rules.stream().map(r -> r.rule().points().multiply(BigDecimal.valueOf(r.rule().questionCount())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
