package vn.hocluat.assessment.format;

import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.MatchPair;
import vn.hocluat.assessment.question.NumericAnswer;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Valid questions of every type from a seeded {@link Random}: texts mix GIFT's special characters,
 * escapes, newlines, tabs and Vietnamese letters (composed and decomposed), stripped as a parser
 * leaves them.
 */
final class RandomQuestions {
    private static final String ALPHABET = "abcxyz ABC 0123 ~=#{}:\\\n\t->%[]_/$.,;!?\"' "
            + "ăâđêôơưáàảãạệộởữựỳĐẶỄ" + "e\u0301o\u0302\u0303";
    private static final List<String> SPECIALS = List.of("::", "->", "####", "{T}", "$CATEGORY:", "//", "_____", "%50%", "\\n", "[html]");
    private final Random random;

    RandomQuestions(long seed) {
        this.random = new Random(seed);
    }

    List<ParsedQuestion> bank(int size) {
        List<ParsedQuestion> bank = new ArrayList<>();
        String category = null;
        for (int i = 0; i < size; i++) {
            category = random.nextInt(4) == 0 ? maybe(() -> line(20)) : category;
            bank.add(new ParsedQuestion(0, category, random.nextBoolean() ? null : pick(Difficulty.values()), tags(), content()));
        }
        return bank;
    }

    QuestionContent content() {
        QuestionType type = pick(QuestionType.values());
        List<Choice> choices = List.of();
        List<NumericAnswer> numeric = List.of();
        List<MatchPair> pairs = List.of();
        switch (type) {
            case SINGLE -> choices = single();
            case MULTIPLE -> choices = multiple();
            case TRUE_FALSE -> {
                boolean t = random.nextBoolean();
                choices = List.of(new Choice("true", t ? 100 : 0, feedback()), new Choice("false", t ? 0 : 100, feedback()));
            }
            case SHORT_ANSWER -> choices = shortAnswers();
            case NUMERICAL -> numeric = numbers();
            case MATCHING -> {
                List<MatchPair> p = new ArrayList<>();
                for (int i = 2 + random.nextInt(4); i > 0; i--) {
                    p.add(new MatchPair(text(25), text(25)));
                }
                pairs = p;
            }
        }
        String text = random.nextInt(5) == 0 ? text(20) + " _____ " + text(20) : text(60);
        return new QuestionContent(type, maybe(() -> text(20)), text, pick(TextFormat.values()), choices, numeric, pairs,
                maybe(() -> text(40)), random.nextInt(6) == 0);
    }

    private List<Choice> single() {
        int n = 2 + random.nextInt(5);
        int right = random.nextInt(n);
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            choices.add(new Choice(text(30), i == right ? 100 : pick(new Integer[]{0, 0, -25, -50, -100}), feedback()));
        }
        return choices;
    }

    private List<Choice> multiple() {
        int n = 2 + random.nextInt(5);
        int positives = 1 + random.nextInt(n);
        List<Integer> weights = new ArrayList<>();
        int left = 100;
        for (int i = 0; i < positives; i++) {
            int w = i == positives - 1 ? left : 1 + random.nextInt(left - (positives - 1 - i));
            weights.add(w);
            left -= w;
        }
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int weight = i < positives ? weights.get(i) : -random.nextInt(101);
            choices.add(new Choice(text(30), weight, feedback()));
        }
        Collections.shuffle(choices, random);
        return choices;
    }

    private List<Choice> shortAnswers() {
        List<Choice> answers = new ArrayList<>();
        answers.add(new Choice(text(15), 100, feedback()));
        for (int i = random.nextInt(4); i > 0; i--) {
            answers.add(new Choice(text(15), pick(new Integer[]{100, 75, 50, 10, 0}), feedback()));
        }
        Collections.shuffle(answers, random);
        return answers;
    }

    private List<NumericAnswer> numbers() {
        List<NumericAnswer> answers = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            BigDecimal a = BigDecimal.valueOf(random.nextInt(2_000_001) - 1_000_000, random.nextInt(5));
            BigDecimal b = random.nextBoolean() ? a : BigDecimal.valueOf(random.nextInt(2_000_001) - 1_000_000, random.nextInt(5));
            answers.add(new NumericAnswer(a.min(b), a.max(b), answers.isEmpty() ? 100 : pick(new Integer[]{100, 50, 0}), feedback()));
        }
        return answers;
    }

    private List<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add(line(12));
        }
        return List.copyOf(tags);
    }

    private String feedback() {
        return maybe(() -> text(30));
    }

    /** Stripped, non-empty text of up to {@code max} characters, sometimes with a GIFT special sequence in it. */
    String text(int max) {
        StringBuilder s = new StringBuilder();
        for (int i = 1 + random.nextInt(max); i > 0; i--) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        if (random.nextInt(3) == 0) {
            s.insert(random.nextInt(s.length() + 1), pick(SPECIALS.toArray(new String[0])));
        }
        String t = s.toString().strip();
        return t.isEmpty() ? "ư" : t;
    }

    private String line(int max) {
        String t = text(max).replaceAll("[\r\n]+", " ").strip();
        return t.isEmpty() ? "ơ" : t;
    }

    private <T> T maybe(Supplier<T> value) {
        return random.nextBoolean() ? value.get() : null;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
