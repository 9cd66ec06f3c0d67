package vn.hocluat.assessment;

import jakarta.inject.Singleton;
import vn.hocluat.assessment.QuestionVersions.Key;
import vn.hocluat.assessment.SheetQuestion.SheetLeft;
import vn.hocluat.assessment.SheetQuestion.SheetOption;
import vn.hocluat.assessment.grading.Grader;
import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.MatchPair;
import vn.hocluat.assessment.question.NumericAnswer;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionHtml;
import vn.hocluat.assessment.quiz.ReviewMode;
import vn.hocluat.assessment.quiz.ReviewWhen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Builds what a taker may see of an attempt — the one place that decides it. The key (weights,
 * feedback, accepted answers) is read only when the attempt is closed, review is open and the
 * review mode shows answers; options always appear by displayed position.
 */
@Singleton
class SheetBuilder {
    private final QuestionVersions versions;

    SheetBuilder(QuestionVersions versions) {
        this.versions = versions;
    }

    /** Review opens when the attempt is closed and either immediately or once the quiz has closed. */
    static boolean reviewOpen(AttemptRow a) {
        return !a.open() && (a.reviewWhen() == ReviewWhen.IMMEDIATELY || a.closeAt() != null && !a.now().isBefore(a.closeAt()));
    }

    AttemptSheet build(AttemptRow a) {
        boolean review = reviewOpen(a);
        boolean answers = review && a.reviewMode() != ReviewMode.SCORE_ONLY;
        boolean feedback = review && a.reviewMode() == ReviewMode.FEEDBACK;
        List<SheetQuestion> questions = List.of();
        if (a.open() || answers) {
            Map<Key, QuestionContent> contents = versions.get(a.items().stream()
                    .flatMap(i -> Stream.of(new Key(i.q(), i.v()), new Key(i.q(), i.keyVersion()))).toList());
            List<Response> responses = a.responses();
            questions = new ArrayList<>();
            for (int n = 0; n < a.items().size(); n++) {
                Item item = a.items().get(n);
                Response r = n < responses.size() && responses.get(n) != null ? responses.get(n) : Response.NONE;
                QuestionContent shown = contents.get(new Key(item.q(), item.v()));
                QuestionContent key = answers ? contents.get(new Key(item.q(), item.keyVersion())) : null;
                questions.add(question(n + 1, item, shown, RenderedQuestion.of(new Key(item.q(), item.v()), shown), key,
                        key == null ? null : RenderedQuestion.of(new Key(item.q(), item.keyVersion()), key), feedback, r));
            }
        }
        Long left = a.open() && a.deadline() != null ? Math.max(0, Duration.between(a.now(), a.deadline()).getSeconds()) : null;
        Long duration = a.finishedAt() == null ? null : Duration.between(a.startedAt(), a.finishedAt()).getSeconds();
        Instant reviewFrom = a.reviewWhen() == ReviewWhen.AFTER_CLOSE ? a.closeAt() : null;
        Boolean passed = review && a.passPercent() != null && a.score() != null
                ? a.score().multiply(BigDecimal.valueOf(100)).compareTo(a.passPercent().multiply(a.maxScore())) >= 0 : null;
        return new AttemptSheet(a.id(), a.quizId(), a.quizTitle(), a.number(), a.state(), a.startedAt(), a.deadline(),
                a.finishedAt(), left, duration, review, reviewFrom, review ? a.score() : null, a.maxScore(), passed, questions);
    }

    private static SheetQuestion question(int number, Item item, QuestionContent shown, RenderedQuestion html, QuestionContent key,
                                          RenderedQuestion keyHtml, boolean feedback, Response r) {
        boolean review = key != null;
        List<Integer> order = item.order();
        List<Integer> chosen = r.chosen() == null ? List.of() : r.chosen();
        List<SheetOption> options = new ArrayList<>();
        List<SheetLeft> lefts = new ArrayList<>();
        String answerFeedback = null;
        List<String> accepted = null;
        switch (shown.type()) {
            case SINGLE, MULTIPLE, TRUE_FALSE -> {
                for (int p = 0; p < order.size(); p++) {
                    int o = order.get(p);
                    boolean picked = chosen.contains(p);
                    String fb = feedback && picked && key.choices().get(o).feedback() != null ? keyHtml.choiceFeedback().get(o) : null;
                    options.add(new SheetOption(p, shown.choices().get(o).text(), html.choices().get(o), picked,
                            review ? key.choices().get(o).weight() > 0 : null, fb));
                }
            }
            case MATCHING -> {
                List<String> rights = Grader.rights(shown.pairs());
                List<MatchPair> shownLefts = Grader.lefts(shown.pairs());
                List<MatchPair> keyLefts = review ? Grader.lefts(key.pairs()) : null;
                for (int i = 0; i < shownLefts.size(); i++) {
                    Integer sel = r.matches() != null && i < r.matches().size() ? r.matches().get(i) : null;
                    List<SheetOption> choices = new ArrayList<>();
                    for (int p = 0; p < order.size(); p++) {
                        choices.add(new SheetOption(p, rights.get(order.get(p)), html.rights().get(order.get(p)), Objects.equals(sel, p), null, null));
                    }
                    String right = review ? keyLefts.get(i).right() : null;
                    Boolean ok = review ? choices.stream().anyMatch(o -> o.chosen() && o.text().equals(right)) : null;
                    lefts.add(new SheetLeft(i, shownLefts.get(i).left(), html.lefts().get(i), choices, right, ok));
                }
            }
            case SHORT_ANSWER -> {
                if (review) {
                    int best = key.choices().stream().mapToInt(Choice::weight).max().orElse(0);
                    accepted = key.choices().stream().filter(c -> c.weight() == best && best > 0).map(Choice::text).toList();
                    answerFeedback = feedback ? Grader.bestShortAnswer(key, r.text()).map(Choice::feedback).map(t -> inline(t, key)).orElse(null) : null;
                }
            }
            case NUMERICAL -> {
                if (review) {
                    int best = key.numeric().stream().mapToInt(NumericAnswer::weight).max().orElse(0);
                    accepted = key.numeric().stream().filter(x -> x.weight() == best && best > 0).map(SheetBuilder::range).toList();
                    answerFeedback = feedback ? Grader.bestNumeric(key, r.text()).map(NumericAnswer::feedback).map(t -> inline(t, key)).orElse(null) : null;
                }
            }
        }
        BigDecimal fraction = review ? item.fraction() : null;
        BigDecimal earned = fraction == null ? null : Grader.points(fraction, item.points()).setScale(2, RoundingMode.HALF_UP);
        String general = feedback && key.generalFeedback() != null && !key.generalFeedback().isBlank() ? keyHtml.generalFeedback() : null;
        return new SheetQuestion(number, shown.type(), shown.title(), shown.text(), shown.format(), html.text(), item.points(),
                options, lefts, r.text(), fraction, earned, accepted, answerFeedback, general);
    }

    private static String inline(String text, QuestionContent c) {
        return QuestionHtml.renderInline(text, c.format());
    }

    private static String range(NumericAnswer a) {
        return a.min().compareTo(a.max()) == 0 ? a.min().stripTrailingZeros().toPlainString()
                : a.min().stripTrailingZeros().toPlainString() + " – " + a.max().stripTrailingZeros().toPlainString();
    }
}
