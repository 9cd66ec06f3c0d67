package vn.hocluat.assessment.stats;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.assessment.grading.ItemAnalysis;
import vn.hocluat.assessment.grading.ItemAnalysis.Observation;
import vn.hocluat.assessment.grading.ScoreDistribution;
import vn.hocluat.assessment.quiz.QuizDetail;
import vn.hocluat.assessment.quiz.QuizService;
import vn.hocluat.assessment.stats.QuizStats.AttemptLine;
import vn.hocluat.assessment.stats.QuizStats.Band;
import vn.hocluat.assessment.stats.QuizStats.ItemLine;
import vn.hocluat.platform.security.CurrentUser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A quiz's statistics for its authors (scope checked through {@link QuizService#get}): attempts,
 * the score distribution in ten bands and, per question, difficulty and discrimination
 * ({@link ItemAnalysis}) over the closed attempts.
 */
@Singleton
class QuizStatsService {
    static final int PAGE_SIZE = 100;

    private final QuizService quizzes;
    private final StatsQueries queries;

    QuizStatsService(QuizService quizzes, StatsQueries queries) {
        this.quizzes = quizzes;
        this.queries = queries;
    }

    @ReadOnly
    QuizStats stats(CurrentUser user, long quizId, int requestedPage) {
        QuizDetail quiz = quizzes.get(user, quizId);
        long total = queries.count(quizId, false);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.max(1, Math.min(requestedPage, pages));
        List<AttemptLine> attempts = queries.attempts(quizId, PAGE_SIZE, (long) (page - 1) * PAGE_SIZE);

        Map<Long, BigDecimal> percents = new HashMap<>();
        Map<Long, List<Observation>> byQuestion = new TreeMap<>();
        Map<Long, TreeSet<Integer>> shown = new HashMap<>();
        Map<Long, TreeSet<Integer>> keyed = new HashMap<>();
        queries.closedItems(quizId, row -> {
            BigDecimal percent = percents.computeIfAbsent(row.attemptId(), id -> ScoreDistribution.percent(row.score(), row.max()));
            byQuestion.computeIfAbsent(row.questionId(), q -> new ArrayList<>()).add(new Observation(row.attemptId(), percent, row.fraction()));
            shown.computeIfAbsent(row.questionId(), q -> new TreeSet<>()).add(row.version());
            if (row.keyVersion() != row.version()) {
                keyed.computeIfAbsent(row.questionId(), q -> new TreeSet<>()).add(row.keyVersion());
            }
        });
        List<Long> ids = List.copyOf(byQuestion.keySet());
        Map<Long, Object[]> labels = ids.isEmpty() ? Map.of() : queries.questions(ids);
        List<ItemLine> items = new ArrayList<>();
        byQuestion.forEach((q, obs) -> {
            Object[] label = labels.getOrDefault(q, new Object[]{"", 0});
            items.add(new ItemLine(q, (String) label[0], obs.size(), ItemAnalysis.difficulty(obs).orElse(null),
                    ItemAnalysis.discrimination(obs).orElse(null), versions(shown.get(q), keyed.get(q)), (Integer) label[1]));
        });
        return new QuizStats(quiz, total, percents.size(), attempts, page, pages, bands(List.copyOf(percents.values())), items,
                ids.isEmpty() ? List.of() : queries.regrades(ids));
    }

    /** Refuses (403/404) unless the user is an author of the quiz's subtree. */
    @ReadOnly
    void requireAuthor(CurrentUser user, long quizId) {
        quizzes.get(user, quizId);
    }

    /** Every attempt, for the export. */
    @ReadOnly
    List<AttemptLine> allAttempts(CurrentUser user, long quizId) {
        quizzes.get(user, quizId);
        return queries.attempts(quizId, 0, 0);
    }

    static List<Band> bands(List<BigDecimal> percents) {
        int[] counts = ScoreDistribution.counts(percents);
        int max = Math.max(1, Arrays.stream(counts).max().orElse(0));
        List<Band> out = new ArrayList<>();
        for (int b = 0; b < counts.length; b++) {
            out.add(new Band(b * 10, b * 10 + 10, counts[b], max));
        }
        return out;
    }

    /** "1, 2" — or "1, 2 → 3" when a regrade grades them with version 3's key. */
    private static String versions(TreeSet<Integer> shown, TreeSet<Integer> keyed) {
        String s = shown.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return keyed == null ? s : s + " → " + keyed.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
