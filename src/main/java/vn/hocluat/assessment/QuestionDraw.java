package vn.hocluat.assessment;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.hocluat.assessment.QuestionStore.Current;
import vn.hocluat.assessment.grading.Grader;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.quiz.QuizChanged;
import vn.hocluat.assessment.quiz.QuizDetail;
import vn.hocluat.assessment.quiz.QuizRule;
import vn.hocluat.assessment.quiz.QuizService;
import vn.hocluat.assessment.quiz.RuleKind;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Draws an attempt's questions: FIXED rules first, then each DRAW rule picks its count among the
 * matching active questions not yet picked, uniformly with a SecureRandom (no taker can predict or
 * replay a draw); the list keeps rule order (bank order within a rule) unless the quiz shuffles
 * questions. Freezing then takes each question's current version and shuffles option orders when
 * the quiz says so (TRUE_FALSE always shows true then false; MATCHING right items are always
 * shuffled, since their stored order often follows the left items). A quiz's definition and the
 * ids its rules may draw are cached for {@link #TTL_MILLIS}: a round opening brings thousands of
 * starts a second, and a new or deactivated question reaches draws within that time.
 */
@Singleton
class QuestionDraw {
    static final long TTL_MILLIS = 30_000;
    private final SecureRandom random = new SecureRandom();
    private final QuizService quizzes;
    private final QuestionStore questions;
    private final Map<Long, Plan> plans = new ConcurrentHashMap<>();

    QuestionDraw(QuizService quizzes, QuestionStore questions) {
        this.quizzes = quizzes;
        this.questions = questions;
    }

    /** A quiz definition with each rule's candidate question ids, as loaded at {@code loadedAt}. */
    record Plan(QuizDetail quiz, List<List<Long>> candidates, long loadedAt) {
    }

    /** A question picked for an attempt, worth its rule's points. */
    record Pick(long questionId, BigDecimal points) {
    }

    /** The frozen question set of a new attempt and the contents it froze. */
    record Drawn(List<Item> items, BigDecimal maxScore, Map<QuestionVersions.Key, QuestionContent> contents) {
    }

    Optional<Plan> plan(long quizId) {
        Plan p = plans.get(quizId);
        if (p != null && System.currentTimeMillis() - p.loadedAt() < TTL_MILLIS) {
            return Optional.of(p);
        }
        Optional<Plan> loaded = quizzes.definition(quizId).map(q -> new Plan(q,
                q.rules().stream().map(r -> candidates(r.rule())).toList(), System.currentTimeMillis()));
        loaded.ifPresent(l -> plans.put(quizId, l));
        return loaded;
    }

    @EventListener
    void onQuizChanged(QuizChanged event) {
        plans.remove(event.quizId());
    }

    /** The questions of a new attempt in display order, or empty when a rule has fewer questions left than it asks for. */
    Optional<List<Pick>> pick(Plan plan) {
        List<QuizDetail.RuleLine> rules = plan.quiz().rules();
        boolean shuffled = plan.quiz().quiz().shuffleQuestions();
        List<List<Long>> picked = new ArrayList<>(Collections.nCopies(rules.size(), List.of()));
        Set<Long> used = new HashSet<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < rules.size(); i++) {
                QuizRule rule = rules.get(i).rule();
                if ((rule.kind() == RuleKind.FIXED) != (pass == 0)) {
                    continue;
                }
                List<Long> free = new ArrayList<>(plan.candidates().get(i).stream().filter(id -> !used.contains(id)).toList());
                int n = rule.questionCount();
                if (free.size() < n) {
                    return Optional.empty();
                }
                for (int k = 0; k < n; k++) {
                    Collections.swap(free, k, k + random.nextInt(free.size() - k));
                }
                List<Long> chosen = new ArrayList<>(free.subList(0, n));
                if (!shuffled) {
                    Collections.sort(chosen);
                }
                used.addAll(chosen);
                picked.set(i, chosen);
            }
        }
        List<Pick> all = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            BigDecimal points = rules.get(i).rule().points();
            picked.get(i).forEach(id -> all.add(new Pick(id, points)));
        }
        if (shuffled) {
            Collections.shuffle(all, random);
        }
        return Optional.of(all);
    }

    /** Freezes the picks at their current versions; empty if a question has disappeared meanwhile. */
    Optional<Drawn> freeze(List<Pick> picks, Map<Long, Current> current, boolean shuffleOptions) {
        List<Item> items = new ArrayList<>();
        Map<QuestionVersions.Key, QuestionContent> contents = new HashMap<>();
        BigDecimal max = BigDecimal.ZERO;
        for (Pick p : picks) {
            Current c = current.get(p.questionId());
            if (c == null) {
                return Optional.empty();
            }
            items.add(new Item(p.questionId(), c.version(), null, p.points(), order(c.content(), shuffleOptions), null, null));
            contents.put(new QuestionVersions.Key(p.questionId(), c.version()), c.content());
            max = max.add(p.points());
        }
        return Optional.of(new Drawn(items, max, contents));
    }

    private List<Long> candidates(QuizRule rule) {
        return rule.kind() == RuleKind.FIXED ? List.of(rule.questionId())
                : questions.activeIds(rule.bankId(), rule.category(), rule.difficulty(), rule.tag());
    }

    private List<Integer> order(QuestionContent c, boolean shuffle) {
        return switch (c.type()) {
            case SINGLE, MULTIPLE -> shuffle ? permutation(c.choices().size()) : IntStream.range(0, c.choices().size()).boxed().toList();
            case TRUE_FALSE -> trueThenFalse(c);
            case MATCHING -> permutation(Grader.rights(c.pairs()).size());
            case SHORT_ANSWER, NUMERICAL -> List.of();
        };
    }

    private static List<Integer> trueThenFalse(QuestionContent c) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, c.choices().size()).boxed().toList());
        order.sort((a, b) -> Boolean.compare(!"true".equals(c.choices().get(a).text()), !"true".equals(c.choices().get(b).text())));
        return order;
    }

    private List<Integer> permutation(int n) {
        List<Integer> p = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(p, random);
        return p;
    }
}
