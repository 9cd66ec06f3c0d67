package vn.hocluat.assessment;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.hocluat.assessment.QuestionVersions.Key;
import vn.hocluat.assessment.grading.Grader;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.quiz.QuestionPool;
import vn.hocluat.assessment.quiz.QuestionPool.Candidate;
import vn.hocluat.assessment.quiz.QuizChanged;
import vn.hocluat.assessment.quiz.QuizDetail;
import vn.hocluat.assessment.quiz.QuizRule;
import vn.hocluat.assessment.quiz.QuizService;
import vn.hocluat.assessment.quiz.RuleKind;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Draws an attempt's questions: FIXED rules first, then each DRAW rule picks its count among the
 * matching questions not yet picked, uniformly with a SecureRandom (no taker can predict or replay a
 * draw); the list keeps rule order (and bank order within a rule) unless the quiz shuffles questions; option orders are shuffled
 * when the quiz says so (TRUE_FALSE always shows true then false; MATCHING right items always
 * shuffled, since their stored order often follows the left items). A quiz's definition and its
 * candidate questions are cached for {@link #TTL_MILLIS}: a round opening brings thousands of starts
 * a second, and a new question or version reaches new attempts within that time.
 */
@Singleton
class QuestionDraw {
    static final long TTL_MILLIS = 30_000;
    private final SecureRandom random = new SecureRandom();
    private final QuizService quizzes;
    private final QuestionPool pool;
    private final QuestionVersions versions;
    private final Map<Long, Plan> plans = new ConcurrentHashMap<>();

    QuestionDraw(QuizService quizzes, QuestionPool pool, QuestionVersions versions) {
        this.quizzes = quizzes;
        this.pool = pool;
        this.versions = versions;
    }

    /** A quiz definition with each rule's candidates, as loaded at {@code loadedAt}. */
    record Plan(QuizDetail quiz, List<List<Candidate>> candidates, long loadedAt) {
    }

    /** The frozen question set of a new attempt. */
    record Drawn(List<Item> items, BigDecimal maxScore) {
    }

    Optional<Plan> plan(long quizId) {
        Plan p = plans.get(quizId);
        if (p != null && System.currentTimeMillis() - p.loadedAt() < TTL_MILLIS) {
            return Optional.of(p);
        }
        Optional<Plan> loaded = quizzes.definition(quizId).map(q -> new Plan(q,
                q.rules().stream().map(r -> pool.candidates(r.rule())).toList(), System.currentTimeMillis()));
        loaded.ifPresent(l -> plans.put(quizId, l));
        return loaded;
    }

    @EventListener
    void onQuizChanged(QuizChanged event) {
        plans.remove(event.quizId());
    }

    /** A new question set, or empty when a rule has fewer questions left than it asks for. */
    Optional<Drawn> draw(Plan plan) {
        List<QuizDetail.RuleLine> rules = plan.quiz().rules();
        List<List<Candidate>> picked = new ArrayList<>(Collections.nCopies(rules.size(), List.of()));
        Set<Long> used = new HashSet<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < rules.size(); i++) {
                QuizRule rule = rules.get(i).rule();
                if ((rule.kind() == RuleKind.FIXED) != (pass == 0)) {
                    continue;
                }
                List<Candidate> free = new ArrayList<>(plan.candidates().get(i).stream().filter(c -> !used.contains(c.questionId())).toList());
                int n = rule.questionCount();
                if (free.size() < n) {
                    return Optional.empty();
                }
                List<Candidate> chosen = pick(free, n, plan.quiz().quiz().shuffleQuestions());
                chosen.forEach(c -> used.add(c.questionId()));
                picked.set(i, chosen);
            }
        }
        List<Candidate> all = new ArrayList<>();
        List<BigDecimal> points = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            for (Candidate c : picked.get(i)) {
                all.add(c);
                points.add(rules.get(i).rule().points());
            }
        }
        List<Integer> sequence = IntStream.range(0, all.size()).boxed().toList();
        if (plan.quiz().quiz().shuffleQuestions()) {
            sequence = permutation(all.size());
        }
        Map<Key, QuestionContent> contents = versions.get(all.stream().map(c -> new Key(c.questionId(), c.version())).toList());
        List<Item> items = new ArrayList<>();
        BigDecimal max = BigDecimal.ZERO;
        for (int s : sequence) {
            Candidate c = all.get(s);
            QuestionContent content = contents.get(new Key(c.questionId(), c.version()));
            if (content == null) {
                return Optional.empty();
            }
            items.add(new Item(c.questionId(), c.version(), null, points.get(s), order(content, plan.quiz().quiz().shuffleOptions()), null, null));
            max = max.add(points.get(s));
        }
        return Optional.of(new Drawn(items, max));
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

    /** n distinct elements, uniformly (a partial Fisher–Yates shuffle); in bank order when questions are not shuffled. */
    private List<Candidate> pick(List<Candidate> from, int n, boolean shuffled) {
        for (int i = 0; i < n; i++) {
            Collections.swap(from, i, i + random.nextInt(from.size() - i));
        }
        List<Candidate> chosen = new ArrayList<>(from.subList(0, n));
        if (!shuffled) {
            chosen.sort(Comparator.comparingLong(Candidate::questionId));
        }
        return List.copyOf(chosen);
    }

    private List<Integer> permutation(int n) {
        List<Integer> p = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(p, random);
        return p;
    }
}
