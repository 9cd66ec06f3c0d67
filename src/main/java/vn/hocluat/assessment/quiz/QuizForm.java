package vn.hocluat.assessment.quiz;

import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.quiz.QuizInput.RuleInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quiz form as the page sees it: values as text (minutes, dd/MM/yyyy HH:mm), rule lines
 * posted as r0_kind, r0_bankId… with two blank lines to add rules without JavaScript.
 */
final class QuizForm {
    static final List<String> FIELDS = List.of("title", "description", "unitId", "timeLimit", "openAt", "closeAt",
            "attemptsAllowed", "delay", "gradingMethod", "passPercent", "reviewMode", "reviewWhen");
    static final List<String> RULE_FIELDS = List.of("kind", "bankId", "category", "difficulty", "tag", "count", "questionId", "points");
    static final int BLANK_LINES = 2;
    static final int MAX_LINES = 50;

    private QuizForm() {
    }

    /** A rule line of the form: its values and the errors of its fields. */
    record RuleRow(int index, int number, Map<String, String> values, Map<String, String> errors) {
    }

    static Map<String, Object> posted(Map<String, Object> body) {
        Map<String, Object> values = new HashMap<>();
        FIELDS.forEach(f -> values.put(f, text(body.get(f))));
        values.put("shuffleQuestions", body.containsKey("shuffleQuestions"));
        values.put("shuffleOptions", body.containsKey("shuffleOptions"));
        List<Map<String, String>> rules = new ArrayList<>();
        for (int i = 0; i < MAX_LINES && body.containsKey("r" + i + "_kind"); i++) {
            Map<String, String> r = new HashMap<>();
            for (String f : RULE_FIELDS) {
                r.put(f, text(body.get("r" + i + "_" + f)));
            }
            if (RULE_FIELDS.stream().filter(f -> !f.equals("kind")).anyMatch(f -> !r.get(f).isEmpty())) {
                rules.add(r);
            }
        }
        values.put("rules", rules);
        return values;
    }

    static Map<String, Object> blank(long unitId) {
        Map<String, Object> values = new HashMap<>();
        FIELDS.forEach(f -> values.put(f, ""));
        values.put("unitId", Long.toString(unitId));
        values.put("gradingMethod", GradingMethod.HIGHEST.name());
        values.put("reviewMode", ReviewMode.SCORE_ONLY.name());
        values.put("reviewWhen", ReviewWhen.IMMEDIATELY.name());
        values.put("shuffleQuestions", true);
        values.put("shuffleOptions", true);
        values.put("rules", List.of());
        return values;
    }

    static Map<String, Object> of(QuizDetail d) {
        Quiz q = d.quiz();
        Map<String, Object> values = new HashMap<>();
        values.put("title", q.title());
        values.put("description", text(q.description()));
        values.put("unitId", Long.toString(q.unitId()));
        values.put("timeLimit", q.timeLimitSeconds() == null ? "" : Integer.toString(q.timeLimitSeconds() / 60));
        values.put("openAt", QuizTimes.format(q.openAt()));
        values.put("closeAt", QuizTimes.format(q.closeAt()));
        values.put("attemptsAllowed", q.attemptsAllowed() == null ? "" : q.attemptsAllowed().toString());
        values.put("delay", q.attemptDelaySeconds() == 0 ? "" : Integer.toString(q.attemptDelaySeconds() / 60));
        values.put("gradingMethod", q.gradingMethod().name());
        values.put("passPercent", plain(q.passPercent()));
        values.put("reviewMode", q.reviewMode().name());
        values.put("reviewWhen", q.reviewWhen().name());
        values.put("shuffleQuestions", q.shuffleQuestions());
        values.put("shuffleOptions", q.shuffleOptions());
        values.put("rules", d.rules().stream().map(l -> {
            QuizRule r = l.rule();
            Map<String, String> m = new HashMap<>();
            m.put("kind", r.kind().name());
            m.put("bankId", r.kind() == RuleKind.DRAW ? Long.toString(r.bankId()) : "");
            m.put("category", text(r.category()));
            m.put("difficulty", r.difficulty() == null ? "" : r.difficulty().name());
            m.put("tag", text(r.tag()));
            m.put("count", r.drawCount() == null ? "" : r.drawCount().toString());
            m.put("questionId", r.questionId() == null ? "" : r.questionId().toString());
            m.put("points", plain(r.points()));
            return m;
        }).toList());
        return values;
    }

    @SuppressWarnings("unchecked")
    static QuizInput input(Map<String, Object> values) {
        List<RuleInput> rules = ((List<Map<String, String>>) values.get("rules")).stream()
                .map(r -> new RuleInput(r.get("kind"), r.get("bankId"), r.get("category"), r.get("difficulty"), r.get("tag"),
                        r.get("count"), r.get("questionId"), r.get("points"))).toList();
        return new QuizInput(s(values, "title"), s(values, "description"), s(values, "unitId"), s(values, "timeLimit"),
                s(values, "openAt"), s(values, "closeAt"), s(values, "attemptsAllowed"), s(values, "delay"),
                s(values, "gradingMethod"), s(values, "passPercent"), Boolean.TRUE.equals(values.get("shuffleQuestions")),
                Boolean.TRUE.equals(values.get("shuffleOptions")), s(values, "reviewMode"), s(values, "reviewWhen"), rules);
    }

    /** The rule lines to show: those given plus blank ones, each with its errors ("rules[i].field" → message). */
    @SuppressWarnings("unchecked")
    static List<RuleRow> rows(Map<String, Object> values, Map<String, String> errors) {
        List<Map<String, String>> rules = new ArrayList<>((List<Map<String, String>>) values.get("rules"));
        for (int i = 0; i < BLANK_LINES; i++) {
            Map<String, String> blank = new HashMap<>();
            RULE_FIELDS.forEach(f -> blank.put(f, ""));
            blank.put("kind", RuleKind.DRAW.name());
            rules.add(blank);
        }
        List<RuleRow> rows = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Map<String, String> own = new HashMap<>();
            String prefix = "rules[" + i + "].";
            errors.forEach((k, v) -> {
                if (k.startsWith(prefix)) {
                    own.put(k.substring(prefix.length()), v);
                }
            });
            rows.add(new RuleRow(i, i + 1, rules.get(i), own));
        }
        return rows;
    }

    static List<String> difficulties() {
        return List.of(Difficulty.values()).stream().map(Enum::name).toList();
    }

    private static String s(Map<String, Object> values, String key) {
        Object v = values.get(key);
        return v == null ? null : v.toString();
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }

    private static String text(Object v) {
        if (v instanceof Collection<?> c) {
            return c.stream().findFirst().map(String::valueOf).orElse("");
        }
        return v == null ? "" : v.toString().trim();
    }
}
