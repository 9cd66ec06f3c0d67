package vn.hocluat.assessment;

import jakarta.inject.Singleton;
import vn.hocluat.assessment.QuestionVersions.Key;
import vn.hocluat.assessment.grading.Grader;
import vn.hocluat.assessment.question.QuestionContent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Grades an attempt's items: each response, read through the shown version, against the key version; score = Σ fraction × points. */
@Singleton
class AttemptGrader {
    private final QuestionVersions versions;

    AttemptGrader(QuestionVersions versions) {
        this.versions = versions;
    }

    /** Items with their response and fraction, and the score. */
    record Graded(List<Item> items, BigDecimal score) {
    }

    /** Grades {@code responses} (by item position; a missing one is no answer). */
    Graded grade(List<Item> items, List<Response> responses) {
        Map<Key, QuestionContent> contents = versions.get(items.stream()
                .flatMap(i -> Stream.of(new Key(i.q(), i.v()), new Key(i.q(), i.keyVersion()))).toList());
        List<Item> out = new ArrayList<>(items.size());
        List<BigDecimal> points = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Response r = i < responses.size() ? responses.get(i) : null;
            QuestionContent shown = contents.get(new Key(item.q(), item.v()));
            QuestionContent key = contents.get(new Key(item.q(), item.keyVersion()));
            BigDecimal f = Grader.fraction(key, Answers.of(shown, item.order(), r));
            out.add(item.graded(r, f));
            points.add(Grader.points(f, item.points()));
        }
        return new Graded(out, Grader.score(points));
    }

    /** Grades again with the responses already stored in the items (after a regrade changed a key version). */
    Graded regrade(List<Item> items) {
        return grade(items, items.stream().map(Item::response).toList());
    }
}
