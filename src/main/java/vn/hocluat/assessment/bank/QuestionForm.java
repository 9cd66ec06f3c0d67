package vn.hocluat.assessment.bank;

import vn.hocluat.assessment.bank.InvalidInputException.FieldError;
import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.MatchPair;
import vn.hocluat.assessment.question.NumericAnswer;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The question form as the page posts it: common fields plus numbered rows — options
 * (c{i}_text, c{i}_weight, c{i}_feedback; "correct" names the right option of a SINGLE question),
 * numeric answers (n{i}_value, n{i}_tolerance or n{i}_min, n{i}_max, n{i}_weight, n{i}_feedback)
 * or pairs (p{i}_left, p{i}_right); "tf" is the answer of a TRUE_FALSE question. Blank rows are
 * skipped. {@link Read#rowOf} maps an item of the content back to its row, for error messages.
 */
final class QuestionForm {
    static final List<String> COMMON = List.of("title", "text", "format", "category", "difficulty", "tags",
            "generalFeedback", "exactMatch", "correct", "tf", "trueFeedback", "falseFeedback");
    private static final List<String> CHOICE = List.of("text", "weight", "feedback");
    private static final List<String> NUMERIC = List.of("value", "tolerance", "min", "max", "weight", "feedback");
    private static final List<String> PAIR = List.of("left", "right");
    static final int ADD = 3;

    private QuestionForm() {
    }

    /** What the form read: the input, errors of typing (numbers), and the row of each content item. */
    record Read(QuestionInput input, List<FieldError> errors, List<Integer> rowOf) {
    }

    /** The posted values as text, one per field; rows as a list of field maps. */
    static Map<String, Object> posted(QuestionType type, Map<String, Object> body) {
        Map<String, Object> v = new HashMap<>();
        COMMON.forEach(f -> v.put(f, text(body.get(f))));
        int rows = Math.max(0, Math.min(QuestionRules.ITEMS_MAX + ADD, number(text(body.get("rows")))));
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Map<String, Object> row = new HashMap<>();
            for (String f : fields(type)) {
                row.put(f, text(body.get(prefix(type) + i + "_" + f)));
            }
            list.add(row);
        }
        v.put("rows", list);
        return v;
    }

    static Read read(QuestionType type, Map<String, Object> v) {
        List<FieldError> errors = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        List<NumericAnswer> numeric = new ArrayList<>();
        List<MatchPair> pairs = new ArrayList<>();
        List<Map<String, Object>> rows = rows(v);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            if (row.values().stream().allMatch(x -> x.toString().isBlank())) {
                continue;
            }
            String field = (type == QuestionType.NUMERICAL ? "numeric." : type == QuestionType.MATCHING ? "pairs." : "choices.")
                    + rowOf.size();
            rowOf.add(i);
            switch (type) {
                case NUMERICAL -> numeric.add(numericAnswer(row, field, errors));
                case MATCHING -> pairs.add(new MatchPair(field(row, "left"), field(row, "right")));
                default -> {
                    boolean correct = type == QuestionType.SINGLE && Integer.toString(i).equals(field(v, "correct"));
                    int fallback = type == QuestionType.SHORT_ANSWER ? 100 : 0;
                    int weight = correct ? 100 : weight(field(row, "weight"), fallback, field, errors);
                    choices.add(new Choice(field(row, "text"), weight, field(row, "feedback")));
                }
            }
        }
        if (type == QuestionType.TRUE_FALSE) {
            String answer = field(v, "tf");
            choices.add(new Choice("true", "true".equals(answer) ? 100 : 0, field(v, "trueFeedback")));
            choices.add(new Choice("false", "false".equals(answer) ? 100 : 0, field(v, "falseFeedback")));
        }
        TextFormat format = Requests.choiceOrNull(field(v, "format"), TextFormat.class);
        QuestionContent content = new QuestionContent(type, field(v, "title"), field(v, "text"),
                format == null ? TextFormat.MARKDOWN : format, choices, numeric, pairs, field(v, "generalFeedback"),
                !field(v, "exactMatch").isBlank());
        List<String> tags = Arrays.stream(field(v, "tags").split("[,;]")).map(String::trim).filter(t -> !t.isEmpty()).toList();
        return new Read(new QuestionInput(field(v, "category"), field(v, "difficulty"), tags, content), errors, rowOf);
    }

    /** The form of a new question: blank rows only. */
    static Map<String, Object> blank(QuestionType type) {
        Map<String, Object> v = new HashMap<>();
        COMMON.forEach(f -> v.put(f, ""));
        v.put("format", TextFormat.MARKDOWN.name());
        v.put("rows", new ArrayList<Map<String, Object>>());
        return withBlankRows(type, v, 0);
    }

    /** The form of a question's current state. */
    static Map<String, Object> of(QuestionDetail q) {
        QuestionContent c = q.content();
        Map<String, Object> v = new HashMap<>();
        COMMON.forEach(f -> v.put(f, ""));
        v.put("title", text(c.title()));
        v.put("text", c.text());
        v.put("format", c.format().name());
        v.put("category", text(q.category()));
        v.put("difficulty", q.difficulty() == null ? "" : q.difficulty().name());
        v.put("tags", String.join(", ", q.tags()));
        v.put("generalFeedback", text(c.generalFeedback()));
        v.put("exactMatch", c.exactMatch() ? "1" : "");
        List<Map<String, Object>> rows = new ArrayList<>();
        switch (c.type()) {
            case TRUE_FALSE -> c.choices().forEach(o -> {
                v.put(o.text() + "Feedback", text(o.feedback()));
                if (o.weight() == 100) {
                    v.put("tf", o.text());
                }
            });
            case NUMERICAL -> c.numeric().forEach(a -> rows.add(row(NUMERIC, "", "", a.min().toPlainString(),
                    a.max().toPlainString(), Integer.toString(a.weight()), text(a.feedback()))));
            case MATCHING -> c.pairs().forEach(p -> rows.add(row(PAIR, p.left(), p.right())));
            default -> {
                for (int i = 0; i < c.choices().size(); i++) {
                    Choice o = c.choices().get(i);
                    boolean correct = c.type() == QuestionType.SINGLE && o.weight() == 100;
                    if (correct) {
                        v.put("correct", Integer.toString(i));
                    }
                    rows.add(row(CHOICE, o.text(), correct ? "" : Integer.toString(o.weight()), text(o.feedback())));
                }
            }
        }
        v.put("rows", rows);
        return withBlankRows(c.type(), v, 0);
    }

    /**
     * Adds blank rows: two spare ones after the filled rows (at least the type's usual minimum), plus
     * {@code extra} when the user asked for more; rows already shown stay.
     */
    static Map<String, Object> withBlankRows(QuestionType type, Map<String, Object> v, int extra) {
        List<Map<String, Object>> rows = new ArrayList<>(rows(v));
        int minimum = switch (type) {
            case SINGLE, MULTIPLE, MATCHING -> 4;
            case SHORT_ANSWER -> 3;
            case NUMERICAL -> 2;
            case TRUE_FALSE -> 0;
        };
        long filled = rows.stream().filter(r -> fields(type).stream().anyMatch(f -> !text(r.get(f)).isBlank())).count();
        int spare = type == QuestionType.TRUE_FALSE ? 0 : 2;
        int target = Math.min(QuestionRules.ITEMS_MAX, Math.max(minimum, Math.max(rows.size(), (int) filled + spare)) + extra);
        while (rows.size() < target) {
            Map<String, Object> blank = new HashMap<>();
            fields(type).forEach(f -> blank.put(f, ""));
            rows.add(blank);
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).put("index", i);
            rows.get(i).put("number", i + 1);
            rows.get(i).put("name", prefix(type) + i);
        }
        Map<String, Object> out = new HashMap<>(v);
        out.put("rows", rows);
        out.put("rowCount", rows.size());
        return out;
    }

    private static NumericAnswer numericAnswer(Map<String, Object> row, String field, List<FieldError> errors) {
        BigDecimal value = decimal(field(row, "value"), field, errors);
        BigDecimal tolerance = decimal(field(row, "tolerance"), field, errors);
        BigDecimal min = decimal(field(row, "min"), field, errors);
        BigDecimal max = decimal(field(row, "max"), field, errors);
        int weight = weight(field(row, "weight"), 100, field, errors);
        if (value != null && (min != null || max != null)) {
            errors.add(new FieldError(field, "question.error.numericBoth"));
        } else if (value != null) {
            BigDecimal t = tolerance == null ? BigDecimal.ZERO : tolerance.abs();
            min = value.subtract(t);
            max = value.add(t);
        }
        return new NumericAnswer(min, max, weight, field(row, "feedback"));
    }

    private static BigDecimal decimal(String text, String field, List<FieldError> errors) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "question.error.number", text.trim()));
            return null;
        }
    }

    private static int weight(String text, int fallback, String field, List<FieldError> errors) {
        String t = text.trim().replace("%", "");
        if (t.isEmpty()) {
            return fallback;
        }
        if (!t.matches("-?\\d{1,3}")) {
            errors.add(new FieldError(field, "question.error.weight", text.trim()));
            return fallback;
        }
        return Integer.parseInt(t);
    }

    private static List<String> fields(QuestionType type) {
        return switch (type) {
            case NUMERICAL -> NUMERIC;
            case MATCHING -> PAIR;
            default -> CHOICE;
        };
    }

    private static String prefix(QuestionType type) {
        return switch (type) {
            case NUMERICAL -> "n";
            case MATCHING -> "p";
            default -> "c";
        };
    }

    private static Map<String, Object> row(List<String> fields, String... values) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            row.put(fields.get(i), values[i]);
        }
        return row;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> v) {
        Object rows = v.get("rows");
        return rows instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    /** One posted field as text ("" when absent; the first value when repeated). */
    static String field(Map<String, Object> body, String name) {
        return text(body.get(name));
    }

    private static String text(Object o) {
        if (o instanceof Collection<?> c) {
            return c.stream().findFirst().map(String::valueOf).orElse("");
        }
        return o == null ? "" : o.toString();
    }

    private static int number(String s) {
        return s.trim().matches("\\d{1,4}") ? Integer.parseInt(s.trim()) : 0;
    }
}
