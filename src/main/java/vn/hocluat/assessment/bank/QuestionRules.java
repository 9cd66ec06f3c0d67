package vn.hocluat.assessment.bank;

import vn.hocluat.assessment.bank.InvalidInputException.FieldError;
import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.MatchPair;
import vn.hocluat.assessment.question.NumericAnswer;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a question valid, for the form, the API and imports alike: a text; for SINGLE exactly
 * one option at 100 % and no other positive weight; for MULTIPLE positive weights summing to
 * exactly 100 % (the GIFT reader rounds Moodle's 33.33333 % thirds to such a sum); two options
 * "true"/"false" for TRUE_FALSE; an answer at 100 % for SHORT_ANSWER and NUMERICAL; two or more
 * complete pairs for MATCHING. Errors name API fields ("choices.1").
 */
final class QuestionRules {
    static final int TEXT_MAX = 20_000;
    static final int TITLE_MAX = 300;
    static final int OPTION_MAX = 2_000;
    static final int FEEDBACK_MAX = 5_000;
    static final int CATEGORY_MAX = 300;
    static final int TAG_MAX = 100;
    static final int TAGS_MAX = 20;
    static final int ITEMS_MAX = 26;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CATEGORY_SEPARATOR = Pattern.compile("\\s*/\\s*");

    private final List<FieldError> errors = new ArrayList<>();

    private QuestionRules() {
    }

    /** The checked question and the errors found; the data is only meaningful without errors. */
    record Result(QuestionData data, List<FieldError> errors) {
    }

    static Result check(QuestionInput in) {
        QuestionRules rules = new QuestionRules();
        return new Result(rules.run(in), rules.errors);
    }

    private QuestionData run(QuestionInput in) {
        String category = category(in.category());
        Difficulty difficulty = difficulty(in.difficulty());
        List<String> tags = tags(in.tags());
        QuestionContent c = in.content();
        if (c == null || c.type() == null) {
            error("type", "question.error.typeRequired");
            return new QuestionData(category, difficulty, tags, null);
        }
        String title = text("title", c.title(), TITLE_MAX);
        String text = text("text", c.text(), TEXT_MAX);
        if (text == null) {
            error("text", "question.error.textRequired");
        }
        TextFormat format = c.format() == null ? TextFormat.MARKDOWN : c.format();
        List<Choice> choices = List.of();
        List<NumericAnswer> numeric = List.of();
        List<MatchPair> pairs = List.of();
        switch (c.type()) {
            case SINGLE -> choices = single(c.choices());
            case MULTIPLE -> choices = multiple(c.choices());
            case TRUE_FALSE -> choices = trueFalse(c.choices());
            case SHORT_ANSWER -> choices = shortAnswers(c.choices());
            case NUMERICAL -> numeric = numeric(c.numeric());
            case MATCHING -> pairs = pairs(c.pairs());
        }
        String general = text("generalFeedback", c.generalFeedback(), FEEDBACK_MAX);
        boolean exact = c.type() == QuestionType.SHORT_ANSWER && c.exactMatch();
        return new QuestionData(category, difficulty, tags,
                new QuestionContent(c.type(), title, text, format, choices, numeric, pairs, general, exact));
    }

    /** One option at 100 %; the others 0 or a penalty (positive partial credit makes a MULTIPLE question, as in GIFT). */
    private List<Choice> single(List<Choice> in) {
        List<Choice> options = options(in, -100, 100);
        long full = options.stream().filter(o -> o.weight() == 100).count();
        if (!options.isEmpty() && full != 1) {
            error("choices", "question.error.singleCorrect");
        } else if (options.stream().anyMatch(o -> o.weight() > 0 && o.weight() < 100)) {
            error("choices", "question.error.singlePartial");
        }
        return options;
    }

    private List<Choice> multiple(List<Choice> in) {
        List<Choice> options = options(in, -100, 100);
        int sum = options.stream().mapToInt(Choice::weight).filter(w -> w > 0).sum();
        if (!options.isEmpty() && sum == 0) {
            error("choices", "question.error.multipleNoCorrect");
        } else if (sum > 0 && sum != 100) {
            error("choices", "question.error.multipleSum", sum);
        }
        return options;
    }

    private List<Choice> options(List<Choice> in, int minWeight, int maxWeight) {
        List<Choice> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Choice> list = in == null ? List.of() : in;
        for (int i = 0; i < list.size(); i++) {
            Choice o = list.get(i);
            String field = "choices." + i;
            String text = text(field, o == null ? null : o.text(), OPTION_MAX);
            if (text == null) {
                error(field, "question.error.optionTextRequired");
                continue;
            }
            if (!seen.add(text.toLowerCase(Locale.ROOT))) {
                error(field, "question.error.optionDuplicate", text);
            }
            if (o.weight() < minWeight || o.weight() > maxWeight) {
                error(field, "question.error.weightRange", minWeight, maxWeight);
            }
            out.add(new Choice(text, o.weight(), text(field, o.feedback(), FEEDBACK_MAX)));
        }
        if (list.size() < 2) {
            error("choices", "question.error.optionsMin", 2);
        } else if (list.size() > ITEMS_MAX) {
            error("choices", "question.error.itemsMax", ITEMS_MAX);
        }
        return out;
    }

    private List<Choice> trueFalse(List<Choice> in) {
        Map<String, Choice> byText = new LinkedHashMap<>();
        for (Choice c : in == null ? List.<Choice>of() : in) {
            if (c != null && c.text() != null) {
                byText.put(c.text().trim().toLowerCase(Locale.ROOT), c);
            }
        }
        Choice t = byText.get("true");
        Choice f = byText.get("false");
        if (byText.size() != 2 || t == null || f == null
                || !((t.weight() == 100 && f.weight() == 0) || (t.weight() == 0 && f.weight() == 100))) {
            error("choices", "question.error.trueFalse");
            return List.of();
        }
        return List.of(new Choice("true", t.weight(), text("choices.0", t.feedback(), FEEDBACK_MAX)),
                new Choice("false", f.weight(), text("choices.1", f.feedback(), FEEDBACK_MAX)));
    }

    private List<Choice> shortAnswers(List<Choice> in) {
        List<Choice> answers = new ArrayList<>();
        List<Choice> list = in == null ? List.of() : in;
        for (int i = 0; i < list.size(); i++) {
            Choice a = list.get(i);
            String field = "choices." + i;
            String text = text(field, a == null ? null : a.text(), OPTION_MAX);
            if (text == null) {
                error(field, "question.error.answerTextRequired");
                continue;
            }
            if (a.weight() < 0 || a.weight() > 100) {
                error(field, "question.error.weightRange", 0, 100);
            }
            answers.add(new Choice(text, a.weight(), text(field, a.feedback(), FEEDBACK_MAX)));
        }
        requireFullAnswer("choices", list.size(), answers.stream().anyMatch(a -> a.weight() == 100));
        return answers;
    }

    private List<NumericAnswer> numeric(List<NumericAnswer> in) {
        List<NumericAnswer> answers = new ArrayList<>();
        List<NumericAnswer> list = in == null ? List.of() : in;
        for (int i = 0; i < list.size(); i++) {
            NumericAnswer a = list.get(i);
            String field = "numeric." + i;
            if (a == null || a.min() == null || a.max() == null) {
                error(field, "question.error.numericMissing");
                continue;
            }
            if (a.min().compareTo(a.max()) > 0) {
                error(field, "question.error.numericRange");
            }
            if (a.weight() < 0 || a.weight() > 100) {
                error(field, "question.error.weightRange", 0, 100);
            }
            answers.add(new NumericAnswer(a.min(), a.max(), a.weight(), text(field, a.feedback(), FEEDBACK_MAX)));
        }
        requireFullAnswer("numeric", list.size(), answers.stream().anyMatch(a -> a.weight() == 100));
        return answers;
    }

    private void requireFullAnswer(String field, int count, boolean hasFull) {
        if (count == 0) {
            error(field, "question.error.answerRequired");
        } else if (count > ITEMS_MAX) {
            error(field, "question.error.itemsMax", ITEMS_MAX);
        } else if (!hasFull) {
            error(field, "question.error.answerFull");
        }
    }

    private List<MatchPair> pairs(List<MatchPair> in) {
        List<MatchPair> pairs = new ArrayList<>();
        Set<String> lefts = new HashSet<>();
        List<MatchPair> list = in == null ? List.of() : in;
        for (int i = 0; i < list.size(); i++) {
            MatchPair p = list.get(i);
            String field = "pairs." + i;
            String left = text(field, p == null ? null : p.left(), OPTION_MAX);
            String right = text(field, p == null ? null : p.right(), OPTION_MAX);
            if (left == null || right == null) {
                error(field, "question.error.pairIncomplete");
                continue;
            }
            if (!lefts.add(left.toLowerCase(Locale.ROOT))) {
                error(field, "question.error.pairDuplicate", left);
            }
            pairs.add(new MatchPair(left, right));
        }
        if (list.size() < 2) {
            error("pairs", "question.error.pairsMin", 2);
        } else if (list.size() > ITEMS_MAX) {
            error("pairs", "question.error.itemsMax", ITEMS_MAX);
        }
        return pairs;
    }

    /** "Luật / Hòa giải /" → "Luật/Hòa giải": a path of topics, separators without spaces. */
    private String category(String in) {
        String c = trim(in);
        if (c == null) {
            return null;
        }
        c = CATEGORY_SEPARATOR.matcher(SPACES.matcher(c).replaceAll(" ")).replaceAll("/");
        c = c.replaceAll("^/+|/+$", "").replaceAll("/{2,}", "/");
        if (c.length() > CATEGORY_MAX) {
            error("category", "question.error.tooLong", CATEGORY_MAX);
        }
        return c.isEmpty() ? null : c;
    }

    private Difficulty difficulty(String in) {
        String d = trim(in);
        if (d == null) {
            return null;
        }
        try {
            return Difficulty.valueOf(d.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error("difficulty", "question.error.difficulty", d);
            return null;
        }
    }

    private List<String> tags(List<String> in) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String t : in == null ? List.<String>of() : in) {
            String tag = trim(t);
            if (tag == null) {
                continue;
            }
            tag = SPACES.matcher(tag).replaceAll(" ");
            if (tag.length() > TAG_MAX) {
                error("tags", "question.error.tagTooLong", TAG_MAX);
            }
            out.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
        }
        if (out.size() > TAGS_MAX) {
            error("tags", "question.error.tagsMax", TAGS_MAX);
        }
        return List.copyOf(out.values());
    }

    private String text(String field, String value, int max) {
        String t = trim(value);
        if (t != null && t.length() > max) {
            error(field, "question.error.tooLong", max);
        }
        return t;
    }

    private void error(String field, String key, Object... args) {
        errors.add(new FieldError(field, key, args));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
