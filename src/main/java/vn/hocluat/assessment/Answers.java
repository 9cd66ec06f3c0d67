package vn.hocluat.assessment;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.assessment.grading.Answer;
import vn.hocluat.assessment.grading.Grader;
import vn.hocluat.assessment.question.QuestionContent;

import java.util.ArrayList;
import java.util.List;

/** Turns a response as displayed into an {@link Answer} in the shown version's own terms, through the item's option order. */
final class Answers {
    private Answers() {
    }

    static Answer of(QuestionContent shown, List<Integer> order, @Nullable Response r) {
        if (r == null) {
            return Answer.NONE;
        }
        return switch (shown.type()) {
            case SINGLE, MULTIPLE, TRUE_FALSE -> Answer.choices(r.chosen() == null ? List.of()
                    : r.chosen().stream().filter(p -> valid(p, order)).map(order::get).toList());
            case SHORT_ANSWER, NUMERICAL -> Answer.text(r.text());
            case MATCHING -> Answer.matches(rights(shown, order, r.matches()));
        };
    }

    private static List<String> rights(QuestionContent shown, List<Integer> order, @Nullable List<Integer> positions) {
        List<String> rights = Grader.rights(shown.pairs());
        int lefts = Grader.lefts(shown.pairs()).size();
        List<String> out = new ArrayList<>(lefts);
        for (int i = 0; i < lefts; i++) {
            Integer p = positions != null && i < positions.size() ? positions.get(i) : null;
            out.add(valid(p, order) && order.get(p) < rights.size() ? rights.get(order.get(p)) : null);
        }
        return out;
    }

    private static boolean valid(@Nullable Integer position, List<Integer> order) {
        return position != null && position >= 0 && position < order.size();
    }
}
