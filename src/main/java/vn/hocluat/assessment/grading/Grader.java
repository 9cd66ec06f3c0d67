package vn.hocluat.assessment.grading;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.MatchPair;
import vn.hocluat.assessment.question.NumericAnswer;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.platform.text.Fold;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Grades one answer against one question version: a fraction in [0, 1] with 7 decimals. Pure and
 * deterministic, so a stored score can always be recomputed from the stored version and answer.
 */
public final class Grader {
    public static final int FRACTION_SCALE = 7;
    public static final int SCORE_SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Grader() {
    }

    public static BigDecimal fraction(QuestionContent q, Answer a) {
        BigDecimal f = switch (q.type()) {
            case SINGLE, TRUE_FALSE -> a.chosen().size() == 1 ? percent(weightOf(q.choices(), a.chosen().iterator().next())) : BigDecimal.ZERO;
            case MULTIPLE -> percent(a.chosen().stream().mapToInt(i -> weightOf(q.choices(), i)).sum());
            case SHORT_ANSWER -> percent(bestShortAnswer(q, a.text()).map(Choice::weight).orElse(0));
            case NUMERICAL -> percent(bestNumeric(q, a.text()).map(NumericAnswer::weight).orElse(0));
            case MATCHING -> matching(q.pairs(), a.matches());
        };
        return f.max(BigDecimal.ZERO).min(BigDecimal.ONE).setScale(FRACTION_SCALE, RoundingMode.HALF_UP);
    }

    /** The points one item earns: fraction × the rule's points (not yet rounded). */
    public static BigDecimal points(BigDecimal fraction, BigDecimal points) {
        return fraction.multiply(points);
    }

    /** A score: the sum of item points rounded to 4 decimals. */
    public static BigDecimal score(List<BigDecimal> itemPoints) {
        return itemPoints.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(SCORE_SCALE, RoundingMode.HALF_UP);
    }

    /** The accepted answer with the highest weight among those the text matches. */
    public static Optional<Choice> bestShortAnswer(QuestionContent q, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String given = normalise(text, q.exactMatch());
        return q.choices().stream().filter(c -> normalise(c.text(), q.exactMatch()).equals(given))
                .max(Comparator.comparingInt(Choice::weight));
    }

    /** The range with the highest weight among those containing the number typed. */
    public static Optional<NumericAnswer> bestNumeric(QuestionContent q, @Nullable String text) {
        Optional<BigDecimal> x = parseNumber(text);
        return x.flatMap(n -> q.numeric().stream()
                .filter(r -> r.min().compareTo(n) <= 0 && n.compareTo(r.max()) <= 0)
                .max(Comparator.comparingInt(NumericAnswer::weight)));
    }

    /**
     * A number as people type it: spaces ignored, "," as the decimal separator (then "." groups
     * thousands: "1.234,5"), "." as the decimal point when there is no ",", a leading − or -.
     * No exponents, at most 40 characters.
     */
    public static Optional<BigDecimal> parseNumber(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = SPACES.matcher(text).replaceAll("").replace('\u2212', '-').replace("\u00a0", "");
        if (t.indexOf(',') >= 0) {
            t = t.replace(".", "").replace(',', '.');
        }
        if (t.length() > 40 || !NUMBER.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t));
    }

    /** The left items of a MATCHING question: the pairs with a non-blank left, in order. */
    public static List<MatchPair> lefts(List<MatchPair> pairs) {
        return pairs.stream().filter(p -> p.left() != null && !p.left().isBlank()).toList();
    }

    /** The distinct right items of a MATCHING question, in order of first appearance (distractors included). */
    public static List<String> rights(List<MatchPair> pairs) {
        return List.copyOf(new LinkedHashSet<>(pairs.stream().map(MatchPair::right).filter(Objects::nonNull).toList()));
    }

    /**
     * Whether answers given to {@code shown} can be graded with {@code key}'s data (regrade): same
     * type and, for choice questions, the same number of options; for matching, the same number of
     * left items and the same right items.
     */
    public static boolean compatible(QuestionContent shown, QuestionContent key) {
        if (shown.type() != key.type()) {
            return false;
        }
        return switch (shown.type()) {
            case SINGLE, MULTIPLE, TRUE_FALSE -> shown.choices().size() == key.choices().size();
            case MATCHING -> lefts(shown.pairs()).size() == lefts(key.pairs()).size()
                    && new LinkedHashSet<>(rights(shown.pairs())).equals(new LinkedHashSet<>(rights(key.pairs())));
            case SHORT_ANSWER, NUMERICAL -> true;
        };
    }

    static String normalise(String s, boolean exact) {
        if (!exact) {
            return Fold.fold(s);
        }
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").trim();
    }

    private static BigDecimal matching(List<MatchPair> pairs, List<String> chosen) {
        List<MatchPair> lefts = lefts(pairs);
        if (lefts.isEmpty()) {
            return BigDecimal.ZERO;
        }
        int right = 0;
        for (int i = 0; i < lefts.size() && i < chosen.size(); i++) {
            if (chosen.get(i) != null && Objects.equals(chosen.get(i), lefts.get(i).right())) {
                right++;
            }
        }
        return BigDecimal.valueOf(right).divide(BigDecimal.valueOf(lefts.size()), FRACTION_SCALE, RoundingMode.HALF_UP);
    }

    private static int weightOf(List<Choice> choices, int index) {
        return index >= 0 && index < choices.size() ? choices.get(index).weight() : 0;
    }

    private static BigDecimal percent(int weight) {
        return BigDecimal.valueOf(weight).divide(HUNDRED, FRACTION_SCALE, RoundingMode.HALF_UP);
    }
}
