package vn.hocluat.assessment.bank;

import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionHtml;
import vn.hocluat.assessment.question.QuestionType;

import java.math.BigDecimal;
import java.util.List;

/** A question version as its page shows it: every text rendered to safe HTML, the right answers marked. */
record QuestionPageView(String typeKey, String titleText, String textHtml, List<Option> options,
                        List<Numeric> numeric, List<Pair> pairs, String generalFeedbackHtml,
                        boolean exactMatch, boolean shortAnswer) {

    /** An option or accepted answer; {@code labelKey} names TRUE/FALSE options, else {@code html} is the text. */
    record Option(String html, String labelKey, int weight, boolean right, String feedbackHtml) {
    }

    /** A numeric answer: exactly {@code min}, or the range min..max. */
    record Numeric(String min, String max, boolean exact, int weight, String feedbackHtml) {
    }

    record Pair(String left, String right) {
    }

    static QuestionPageView of(QuestionContent c) {
        boolean tf = c.type() == QuestionType.TRUE_FALSE;
        List<Option> options = c.choices().stream().map(o -> new Option(
                tf ? "" : QuestionHtml.renderInline(o.text(), c.format()),
                tf ? "question." + o.text() : null, o.weight(), o.weight() > 0, feedback(o, c))).toList();
        List<Numeric> numeric = c.numeric().stream().map(a -> new Numeric(plain(a.min()), plain(a.max()),
                a.min().compareTo(a.max()) == 0, a.weight(), QuestionHtml.renderInline(a.feedback(), c.format()))).toList();
        List<Pair> pairs = c.pairs().stream().map(p -> new Pair(p.left(), p.right())).toList();
        return new QuestionPageView("question.type." + c.type().name(), c.title(),
                QuestionHtml.render(c.text(), c.format()), options, numeric, pairs,
                QuestionHtml.render(c.generalFeedback(), c.format()), c.exactMatch(),
                c.type() == QuestionType.SHORT_ANSWER);
    }

    private static String feedback(Choice o, QuestionContent c) {
        return QuestionHtml.renderInline(o.feedback(), c.format());
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
