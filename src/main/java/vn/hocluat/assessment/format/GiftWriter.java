package vn.hocluat.assessment.format;

import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.MatchPair;
import vn.hocluat.assessment.question.NumericAnswer;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes questions as GIFT that {@link GiftParser} reads back to the same questions (and Moodle
 * imports): every special character escaped, newlines as {@code \n}, the format always written,
 * tags, difficulty and exact matching in a comment line above the question.
 */
public final class GiftWriter {
    private GiftWriter() {
    }

    /** The questions in order, with a {@code $CATEGORY:} line wherever the category changes. */
    public static String write(List<ParsedQuestion> questions) {
        StringBuilder out = new StringBuilder();
        String category = null;
        for (ParsedQuestion q : questions) {
            if (!Objects.equals(category, q.category())) {
                category = q.category();
                out.append("$CATEGORY: ").append(category == null ? "" : categoryPath(category)).append("\n\n");
            }
            comment(out, q);
            question(out, q.content());
            out.append("\n\n");
        }
        return out.toString();
    }

    /** One question without category or attributes. */
    public static String write(QuestionContent content) {
        return write(List.of(new ParsedQuestion(0, null, null, List.of(), content)));
    }

    private static void comment(StringBuilder out, ParsedQuestion q) {
        List<String> attributes = new ArrayList<>();
        q.tags().forEach(t -> attributes.add("[tag:" + GiftAttributes.escapeTag(t) + "]"));
        if (q.difficulty() != null) {
            attributes.add("[difficulty:" + q.difficulty().name() + "]");
        }
        if (q.content().exactMatch()) {
            attributes.add(GiftAttributes.EXACT_MATCH);
        }
        if (!attributes.isEmpty()) {
            out.append("// ").append(String.join(" ", attributes)).append('\n');
        }
    }

    private static void question(StringBuilder out, QuestionContent c) {
        if (c.title() != null && !c.title().isBlank()) {
            out.append("::").append(escape(c.title())).append("::");
        }
        out.append('[').append(c.format().name().toLowerCase(Locale.ROOT)).append(']');
        String text = c.text();
        int blank = text.indexOf(GiftQuestionReader.BLANK);
        String after = blank < 0 ? "" : text.substring(blank + GiftQuestionReader.BLANK.length());
        boolean inside = blank >= 0 && !after.chars().allMatch(ch -> Character.isWhitespace(ch) && ch != '\n' && ch != '\r');
        out.append(escape(inside ? text.substring(0, blank) : text)).append(inside ? "" : " ");
        out.append(answers(c));
        if (inside) {
            out.append(escape(after));
        }
    }

    private static String answers(QuestionContent c) {
        List<String> lines = new ArrayList<>();
        switch (c.type()) {
            case SINGLE, MULTIPLE -> c.choices().forEach(ch -> lines.add(choice(ch, c.type())));
            case SHORT_ANSWER -> c.choices().forEach(ch -> lines.add("=" + weight(ch.weight(), 100, ch.text()) + option(ch)));
            case NUMERICAL -> {
                if (c.numeric().size() == 1 && c.numeric().get(0).weight() == 100) {
                    return "{#" + numeric(c.numeric().get(0)) + general(c, "") + "}";
                }
                lines.add("#");
                c.numeric().forEach(n -> lines.add("=" + weight(n.weight(), 100, "") + numeric(n)));
            }
            case MATCHING -> c.pairs().forEach(p -> lines.add(pair(p)));
            case TRUE_FALSE -> {
                return "{" + trueFalse(c.choices()) + general(c, "") + "}";
            }
        }
        return "{\n" + String.join("\n", lines) + general(c, "\n") + "\n}";
    }

    private static String choice(Choice ch, QuestionType type) {
        if (type == QuestionType.SINGLE && ch.weight() == 100) {
            return "=" + weight(100, 100, ch.text()) + option(ch);
        }
        return "~" + weight(ch.weight(), 0, ch.text()) + option(ch);
    }

    /** "%w%" unless the marker already says {@code implied}; always when the text itself starts with "%". */
    private static String weight(int weight, int implied, String text) {
        return weight != implied || text.startsWith("%") ? "%" + weight + "%" : "";
    }

    private static String option(Choice ch) {
        return escape(ch.text()) + feedback(ch.feedback());
    }

    private static String feedback(String feedback) {
        return feedback == null || feedback.isBlank() ? "" : "#" + escape(feedback);
    }

    private static String general(QuestionContent c, String separator) {
        String g = c.generalFeedback();
        return g == null || g.isBlank() ? "" : separator + "####" + escape(g);
    }

    /** {T#feedback for a wrong answer#feedback for a right one}: the Moodle order. */
    private static String trueFalse(List<Choice> choices) {
        Choice t = choices.stream().filter(ch -> ch.text().equals("true")).findFirst().orElse(choices.get(0));
        Choice f = choices.stream().filter(ch -> ch.text().equals("false")).findFirst().orElse(choices.get(1));
        boolean isTrue = t.weight() >= f.weight();
        String right = feedback((isTrue ? t : f).feedback());
        String wrong = feedback((isTrue ? f : t).feedback());
        return (isTrue ? "T" : "F") + (right.isEmpty() ? wrong : (wrong.isEmpty() ? "#" : wrong) + right);
    }

    private static String pair(MatchPair p) {
        return "=" + escape(p.left()) + " -> " + escape(p.right());
    }

    /** The shortest of "v", "v:tolerance" and "min..max" that reads back to exactly min and max. */
    private static String numeric(NumericAnswer n) {
        return spec(n.min(), n.max()) + feedback(n.feedback());
    }

    static String spec(BigDecimal min, BigDecimal max) {
        if (min.equals(max)) {
            return min.toPlainString();
        }
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal mid = min.add(max).divide(two);
        BigDecimal tolerance = max.subtract(min).divide(two);
        for (BigDecimal m : List.of(mid.stripTrailingZeros(), mid)) {
            for (BigDecimal t : List.of(tolerance.stripTrailingZeros(), tolerance)) {
                BigDecimal pm = m.scale() < 0 ? m.setScale(0) : m;
                BigDecimal pt = t.scale() < 0 ? t.setScale(0) : t;
                if (pm.subtract(pt).equals(min) && pm.add(pt).equals(max)) {
                    return pm.toPlainString() + ":" + pt.toPlainString();
                }
            }
        }
        return min.toPlainString() + ".." + max.toPlainString();
    }

    private static String categoryPath(String category) {
        String flat = category.replaceAll("[\r\n]+", " ").strip();
        return GiftAttributes.categoryPath(flat) == null || !GiftAttributes.categoryPath(flat).equals(flat)
                ? "top/" + flat : flat;
    }

    /** Text with GIFT's special characters escaped, so that it reads back unchanged. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '>' -> out.append(i > 0 && t.charAt(i - 1) == '-' ? "\\>" : ">");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
