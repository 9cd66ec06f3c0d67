package vn.hocluat.assessment.format;

import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.FormatError;
import vn.hocluat.assessment.question.MatchPair;
import vn.hocluat.assessment.question.NumericAnswer;
import vn.hocluat.assessment.question.QuestionType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the inside of one GIFT answer block — the text between "{" and "}" — into the question's
 * type and answers, adding an error for every problem it finds (it never stops at the first).
 * Which type: a leading "#" is NUMERICAL; any "~" makes a choice question; "=" with "->" is
 * MATCHING; T, F, TRUE or FALSE is TRUE_FALSE; answers that all start with "=" are SHORT_ANSWER.
 */
final class GiftAnswerParser {
    private static final Set<String> TRUE = Set.of("T", "TRUE");
    private static final Set<String> FALSE = Set.of("F", "FALSE");

    /** What the block says; {@code null} lists are empty in the content. */
    record Answers(QuestionType type, List<Choice> choices, List<NumericAnswer> numeric, List<MatchPair> pairs,
                   String generalFeedback) {
    }

    private final List<FormatError> errors;
    private final int questionLine;
    private final int errorsBefore;

    private GiftAnswerParser(List<FormatError> errors, int questionLine) {
        this.errors = errors;
        this.questionLine = questionLine;
        this.errorsBefore = errors.size();
    }

    /** The answers of {@code block}, or null when it has errors (added to {@code errors}). */
    static Answers parse(GiftText block, int questionLine, int braceLine, List<FormatError> errors) {
        GiftAnswerParser p = new GiftAnswerParser(errors, questionLine);
        Answers answers = p.read(block, braceLine);
        return errors.size() > p.errorsBefore ? null : answers;
    }

    private Answers read(GiftText block, int braceLine) {
        String general = null;
        int separator = block.findLast("####");
        if (separator >= 0) {
            general = block.sub(separator + 4).plain();
            block = block.sub(0, separator);
        }
        GiftText body = block.strip();
        if (body.length() == 0) {
            return fail(braceLine, "qformat.gift.emptyAnswerBlock");
        }
        if (body.isMarkup(0, '#')) {
            return numerical(body.sub(1), general);
        }
        if (body.find("~", 0) >= 0) {
            return choices(GiftItems.split(body, questionLine, errors, "~="), general);
        }
        if (body.find("=", 0) >= 0 && body.find("->", 0) >= 0) {
            return matching(GiftItems.split(body, questionLine, errors, "="), general);
        }
        String flag = body.before('#').strip().text().toUpperCase(Locale.ROOT);
        if (TRUE.contains(flag) || FALSE.contains(flag)) {
            return trueFalse(body, TRUE.contains(flag), general);
        }
        if (body.find("=", 0) >= 0) {
            return shortAnswer(GiftItems.split(body, questionLine, errors, "="), general);
        }
        return fail(body.lineAt(0, braceLine), "qformat.gift.unmarkedAnswer", body.excerpt());
    }

    private Answers choices(List<GiftItems.Item> items, String general) {
        List<BigDecimal> weights = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> feedbacks = new ArrayList<>();
        int fullEquals = 0;
        BigDecimal positiveSum = BigDecimal.ZERO;
        int positives = 0;
        for (GiftItems.Item item : items) {
            GiftItems.Weighted w = GiftItems.weight(item, errors, item.marker() == '=' ? Weights.HUNDRED : BigDecimal.ZERO);
            BigDecimal weight = w.weight() == null ? BigDecimal.ZERO : w.weight();
            texts.add(optionText(w.rest().before('#'), item.line()));
            feedbacks.add(w.rest().after('#').plain());
            weights.add(weight);
            fullEquals += item.marker() == '=' && weight.compareTo(Weights.HUNDRED) == 0 ? 1 : 0;
            positives += weight.signum() > 0 ? 1 : 0;
            positiveSum = positiveSum.add(weight.max(BigDecimal.ZERO));
        }
        if (errors.size() > errorsBefore) {
            // a malformed answer: its question-level checks would only repeat the problem
            return null;
        }
        if (items.size() < 2) {
            error(questionLine, "qformat.gift.tooFewOptions", items.size());
        }
        if (positives == 0) {
            return fail(questionLine, "qformat.gift.noCorrect");
        }
        if (fullEquals > 1) {
            return fail(questionLine, "qformat.gift.twoCorrect", fullEquals);
        }
        boolean single = fullEquals == 1 && positives == 1;
        if (!single && !Weights.sumsToHundred(positiveSum)) {
            return fail(questionLine, "qformat.gift.weightsSum", positiveSum.stripTrailingZeros().toPlainString());
        }
        List<Integer> rounded = Weights.round(weights, !single);
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            choices.add(new Choice(texts.get(i), rounded.get(i), feedbacks.get(i)));
        }
        return new Answers(single ? QuestionType.SINGLE : QuestionType.MULTIPLE, choices, null, null, general);
    }

    private Answers shortAnswer(List<GiftItems.Item> items, String general) {
        List<Choice> answers = new ArrayList<>();
        boolean full = false;
        for (GiftItems.Item item : items) {
            GiftItems.Weighted w = GiftItems.weight(item, errors, Weights.HUNDRED);
            int weight = w.weight() == null ? 0 : Weights.round(List.of(w.weight()), false).get(0);
            full |= weight == 100;
            answers.add(new Choice(optionText(w.rest().before('#'), item.line()), weight, w.rest().after('#').plain()));
        }
        if (errors.size() > errorsBefore) {
            return null;
        }
        if (!full) {
            return fail(questionLine, "qformat.gift.noCorrect");
        }
        return new Answers(QuestionType.SHORT_ANSWER, answers, null, null, general);
    }

    /** {T#feedback when answered wrongly#feedback when answered rightly}, as Moodle reads it. */
    private Answers trueFalse(GiftText body, boolean correctIsTrue, String general) {
        List<GiftText> parts = new ArrayList<>();
        int from = 0;
        for (int hash = body.find("#", 0); hash >= 0; hash = body.find("#", from)) {
            parts.add(body.sub(from, hash));
            from = hash + 1;
        }
        parts.add(body.sub(from));
        if (parts.size() > 3) {
            return fail(body.lineAt(0, questionLine), "qformat.gift.badTrueFalse");
        }
        String wrong = parts.size() > 1 ? parts.get(1).plain() : null;
        String right = parts.size() > 2 ? parts.get(2).plain() : null;
        List<Choice> choices = List.of(
                new Choice("true", correctIsTrue ? 100 : 0, correctIsTrue ? right : wrong),
                new Choice("false", correctIsTrue ? 0 : 100, correctIsTrue ? wrong : right));
        return new Answers(QuestionType.TRUE_FALSE, choices, null, null, general);
    }

    private Answers numerical(GiftText body, String general) {
        List<GiftItems.Item> items = body.find("=", 0) >= 0 ? GiftItems.split(body, questionLine, errors, "=")
                : List.of(new GiftItems.Item('=', body, body.lineAt(0, questionLine)));
        List<NumericAnswer> answers = new ArrayList<>();
        boolean full = false;
        for (GiftItems.Item item : items) {
            GiftItems.Weighted w = GiftItems.weight(item, errors, Weights.HUNDRED);
            int weight = w.weight() == null ? 0 : Weights.round(List.of(w.weight()), false).get(0);
            full |= weight == 100;
            NumericAnswer answer = range(w.rest().before('#').strip(), item.line(), weight, w.rest().after('#').plain());
            if (answer != null) {
                answers.add(answer);
            }
        }
        if (errors.size() > errorsBefore) {
            return null;
        }
        if (!full) {
            return fail(questionLine, "qformat.gift.noCorrect");
        }
        return new Answers(QuestionType.NUMERICAL, null, answers, null, general);
    }

    /** "v", "v:tolerance" or "min..max" as the interval of right answers. */
    private NumericAnswer range(GiftText spec, int line, int weight, String feedback) {
        int dots = spec.find("..", 0);
        int colon = spec.find(":", 0);
        BigDecimal min;
        BigDecimal max;
        if (dots >= 0) {
            min = number(spec.sub(0, dots), line, "qformat.gift.badNumber");
            max = number(spec.sub(dots + 2), line, "qformat.gift.badNumber");
        } else {
            BigDecimal value = number(colon >= 0 ? spec.sub(0, colon) : spec, line, "qformat.gift.badNumber");
            BigDecimal tolerance = colon >= 0 ? number(spec.sub(colon + 1), line, "qformat.gift.badTolerance") : BigDecimal.ZERO;
            if (tolerance != null && tolerance.signum() < 0) {
                error(line, "qformat.gift.badTolerance", tolerance.toPlainString());
                tolerance = null;
            }
            min = value == null || tolerance == null ? null : value.subtract(tolerance);
            max = value == null || tolerance == null ? null : value.add(tolerance);
        }
        if (min == null || max == null) {
            return null;
        }
        if (min.compareTo(max) > 0) {
            error(line, "qformat.gift.badRange", min.toPlainString(), max.toPlainString());
            return null;
        }
        return new NumericAnswer(min, max, weight, feedback);
    }

    private Answers matching(List<GiftItems.Item> items, String general) {
        List<MatchPair> pairs = new ArrayList<>();
        for (GiftItems.Item item : items) {
            int arrow = item.body().find("->", 0);
            if (arrow < 0) {
                error(item.line(), "qformat.gift.pairWithoutArrow", item.body().excerpt());
                continue;
            }
            String left = item.body().sub(0, arrow).plain();
            String right = item.body().sub(arrow + 2).plain();
            if (left == null || right == null) {
                error(item.line(), "qformat.gift.emptyPair");
                continue;
            }
            pairs.add(new MatchPair(left, right));
        }
        if (errors.size() > errorsBefore) {
            return null;
        }
        if (items.size() < 2) {
            return fail(questionLine, "qformat.gift.tooFewPairs", items.size());
        }
        return new Answers(QuestionType.MATCHING, null, null, pairs, general);
    }

    private String optionText(GiftText text, int line) {
        String plain = text.plain();
        if (plain == null) {
            error(line, "qformat.gift.emptyOption");
            return "";
        }
        return plain;
    }

    private BigDecimal number(GiftText text, int line, String key) {
        BigDecimal n = Numbers.parse(text.strip().text());
        if (n == null) {
            error(line, key, text.strip().text());
        }
        return n;
    }

    private Answers fail(int line, String key, Object... args) {
        error(line, key, args);
        return null;
    }

    private void error(int line, String key, Object... args) {
        errors.add(new FormatError(line, key, args));
    }
}
