package vn.hocluat.assessment;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.grading.Answer;
import vn.hocluat.assessment.grading.Grader;
import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.ContentCodec;
import vn.hocluat.assessment.question.MatchPair;
import vn.hocluat.assessment.question.NumericAnswer;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.quiz.QuizInput;
import vn.hocluat.assessment.quiz.QuizService;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Fold;
import vn.hocluat.support.TestDatabase;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: for random questions of every type and random responses (right, wrong, noisy, out of
 * range, missing), each stored score equals a recomputation from the stored question versions and
 * the stored responses — also when questions get new versions mid-way, a regrade applies a key,
 * and attempts close by expiry.
 */
@MicronautTest(transactional = false)
class GradingPropertyTest implements TestDatabase {
    static final long SEED = 20_251_123L;
    static final String[] WORDS = {"Hòa giải", "Tư pháp", "Ủy ban", "Luật", "Đất đai", "Hôn nhân", "Quyền", "Nghĩa vụ"};

    @Inject
    ApplicationContext context;
    @Inject
    AttemptService attempts;
    @Inject
    QuizService quizzes;
    @Inject
    RegradeService regrades;
    @Inject
    JsonMapper json;
    @Inject
    ContentCodec codec;

    final Random random = new Random(SEED);

    @Test
    void stored_scores_equal_a_recomputation_from_the_stored_versions() throws IOException {
        QuizFixtures f = new QuizFixtures(context);
        long commune = f.commune(f.province());
        CurrentUser trainer = f.user("TRAINER", commune);
        long bank = f.bank(commune, "Ngân hàng ngẫu nhiên");
        List<Long> questions = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            questions.add(f.question(bank, question(QuestionType.values()[i % QuestionType.values().length], i), null, null));
        }
        long quiz = quizzes.create(trainer, new QuizInput("Đề ngẫu nhiên", null, Long.toString(commune), "30", null, null, null,
                null, "HIGHEST", null, true, true, "CORRECT_ANSWERS", "IMMEDIATELY",
                List.of(new QuizInput.RuleInput("DRAW", Long.toString(bank), null, null, null, "8", null, "1.5"),
                        new QuizInput.RuleInput("DRAW", Long.toString(bank), null, null, null, "4", null, "0.25"))));
        List<long[]> taken = new ArrayList<>();
        for (int a = 0; a < 36; a++) {
            if (a == 18) {
                for (int k = 0; k < 6; k++) {
                    long q = questions.get(k);
                    int v = f.newVersion(q, question(QuestionType.values()[k % QuestionType.values().length], k));
                    regrades.regrade(q, v, "thử chấm lại", trainer);
                }
            }
            Taker t = new Taker("TEST", 1_000_000L + a + random.nextInt(1000) * 100L);
            long id = attempts.start(quiz, t, null, null).attemptId();
            AttemptSheet sheet = attempts.sheet(id, t);
            List<Response> rs = sheet.questions().stream().map(this::response).toList();
            switch (a % 3) {
                case 0 -> attempts.submit(id, t, rs);
                case 1 -> {
                    attempts.save(id, t, rs);
                    f.exec("update attempt set deadline = now() - interval '1 minute' where id = ?", id);
                    attempts.expireDue();
                }
                default -> {
                    attempts.save(id, t, rs);
                    attempts.submit(id, t, null);
                }
            }
            taken.add(new long[]{id});
        }
        int cases = 0;
        for (long[] a : taken) {
            List<Map<String, Object>> items = json.readValue(f.text("select items::text from attempt where id = ?", a[0]),
                    Argument.listOf(Argument.mapOf(String.class, Object.class)));
            List<BigDecimal> points = new ArrayList<>();
            for (Map<String, Object> item : items) {
                long q = ((Number) item.get("q")).longValue();
                int v = ((Number) item.get("v")).intValue();
                int g = item.get("g") == null ? v : ((Number) item.get("g")).intValue();
                QuestionContent shown = content(f, q, v);
                QuestionContent key = content(f, q, g);
                BigDecimal fraction = Grader.fraction(key, answer(shown, ints(item.get("order")), castMap(item.get("response"))));
                assertEquals(0, fraction.compareTo(new BigDecimal(item.get("fraction").toString())), "attempt " + a[0] + " question " + q);
                points.add(Grader.points(fraction, new BigDecimal(item.get("points").toString())));
                cases++;
            }
            assertEquals(Grader.score(points), f.decimal("select score from attempt where id = ?", a[0]), "attempt " + a[0]);
        }
        assertTrue(cases >= 400, "cases " + cases);
        String spread = f.text("""
                select count(*) filter (where e.value->'g' is not null) || '/' || count(*) filter (where (e.value->>'fraction')::numeric between 0.0000001 and 0.9999999)
                || '/' || count(*) filter (where (e.value->>'fraction')::numeric = 1)
                from attempt a cross join jsonb_array_elements(a.items) e where a.quiz_id = ?""", quiz);
        String[] counts = spread.split("/");
        assertTrue(Integer.parseInt(counts[0]) > 0 && Integer.parseInt(counts[1]) > 20 && Integer.parseInt(counts[2]) > 20,
                "regraded / partial / full items: " + spread);
        assertEquals(0L, f.fixtures.queryLong("select count(*) from attempt where quiz_id = ? and state = 'IN_PROGRESS'", quiz));
    }

    QuestionContent content(QuizFixtures f, long q, int v) {
        return codec.read(f.text("select content::text from question_version where question_id = ? and version = ?", q, v));
    }

    /** The test's own reading of a displayed response, independent of the engine's. */
    static Answer answer(QuestionContent shown, List<Integer> order, Map<String, Object> r) {
        if (r == null) {
            return Answer.NONE;
        }
        return switch (shown.type()) {
            case SINGLE, MULTIPLE, TRUE_FALSE -> Answer.choices(ints(r.get("chosen")).stream()
                    .filter(p -> p != null && p >= 0 && p < order.size()).map(order::get).toList());
            case SHORT_ANSWER, NUMERICAL -> Answer.text((String) r.get("text"));
            case MATCHING -> {
                List<String> rights = new ArrayList<>(new LinkedHashSet<>(shown.pairs().stream().map(MatchPair::right).filter(java.util.Objects::nonNull).toList()));
                long lefts = shown.pairs().stream().filter(p -> p.left() != null && !p.left().isBlank()).count();
                List<Integer> picks = ints(r.get("matches"));
                List<String> out = new ArrayList<>();
                for (int i = 0; i < lefts; i++) {
                    Integer p = i < picks.size() ? picks.get(i) : null;
                    out.add(p != null && p >= 0 && p < order.size() ? rights.get(order.get(p)) : null);
                }
                yield Answer.matches(out);
            }
        };
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    static List<Integer> ints(Object o) {
        List<Integer> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(x -> out.add(x == null ? null : ((Number) x).intValue()));
        }
        return out;
    }

    QuestionContent question(QuestionType type, int i) {
        List<Choice> choices = new ArrayList<>();
        List<NumericAnswer> numeric = new ArrayList<>();
        List<MatchPair> pairs = new ArrayList<>();
        switch (type) {
            case SINGLE -> {
                int n = 2 + random.nextInt(4);
                int right = random.nextInt(n);
                for (int c = 0; c < n; c++) {
                    choices.add(new Choice("PA " + c, c == right ? 100 : new int[]{0, 0, 50, -50}[random.nextInt(4)], null));
                }
            }
            case MULTIPLE -> {
                int n = 3 + random.nextInt(4);
                int k = 1 + random.nextInt(n - 1);
                for (int c = 0; c < n; c++) {
                    choices.add(new Choice("PA " + c, c < k ? 100 / k + (c == 0 ? 100 % k : 0) : -random.nextInt(3) * 50, null));
                }
            }
            case TRUE_FALSE -> {
                boolean truth = random.nextBoolean();
                choices.add(new Choice("true", truth ? 100 : 0, null));
                choices.add(new Choice("false", truth ? 0 : 100, null));
            }
            case SHORT_ANSWER -> {
                choices.add(new Choice(WORDS[random.nextInt(WORDS.length)] + " cơ sở", 100, null));
                choices.add(new Choice(WORDS[random.nextInt(WORDS.length)], 50, null));
            }
            case NUMERICAL -> {
                int v = random.nextInt(100);
                numeric.add(new NumericAnswer(BigDecimal.valueOf(v).subtract(new BigDecimal("0.5")), BigDecimal.valueOf(v).add(new BigDecimal("0.5")), 100, null));
                numeric.add(new NumericAnswer(BigDecimal.valueOf(v - 5), BigDecimal.valueOf(v + 5), 30 + random.nextInt(40), null));
            }
            case MATCHING -> {
                int n = 3 + random.nextInt(2);
                for (int p = 0; p < n; p++) {
                    pairs.add(new MatchPair("Trái " + p, "Phải " + random.nextInt(n)));
                }
                if (random.nextBoolean()) {
                    pairs.add(new MatchPair("", "Nhiễu"));
                }
            }
        }
        return new QuestionContent(type, null, "Câu ngẫu nhiên " + i, vn.hocluat.assessment.question.TextFormat.PLAIN,
                choices, numeric, pairs, null, type == QuestionType.SHORT_ANSWER && random.nextInt(4) == 0);
    }

    Response response(SheetQuestion q) {
        if (random.nextInt(8) == 0) {
            return null;
        }
        return switch (q.type()) {
            case SINGLE, TRUE_FALSE -> Response.chosen(List.of(random.nextInt(q.options().size() + 1)));
            case MULTIPLE -> {
                List<Integer> picks = new ArrayList<>();
                for (int p = 0; p <= q.options().size(); p++) {
                    if (random.nextInt(3) == 0) {
                        picks.add(p);
                    }
                }
                yield Response.chosen(picks);
            }
            case SHORT_ANSWER -> {
                String w = WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? " cơ sở" : "");
                yield Response.text(switch (random.nextInt(4)) {
                    case 0 -> w.toUpperCase();
                    case 1 -> "  " + Fold.fold(w) + " ";
                    case 2 -> w;
                    default -> "không biết";
                });
            }
            case NUMERICAL -> Response.text(String.valueOf(random.nextInt(100) + random.nextInt(10) / 10.0).replace('.', random.nextBoolean() ? ',' : '.'));
            case MATCHING -> {
                List<Integer> m = new ArrayList<>();
                for (int l = 0; l < q.lefts().size(); l++) {
                    m.add(random.nextInt(5) == 0 ? null : random.nextInt(q.lefts().get(l).rights().size()));
                }
                yield Response.matches(m);
            }
        };
    }
}
