package vn.hocluat.assessment.bank;

import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.MatchPair;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Whether an edit leaves what a taker sees and what steers draws unchanged: the same filing
 * (category, difficulty, tags), title, text and format, the same options in the same order, the
 * same matching items. Only the key (weights, accepted answers, numeric ranges, which items match)
 * and the feedback may differ — the edit that fixes a wrong key before a regrade.
 */
final class ShownToTakers {
    private ShownToTakers() {
    }

    static boolean same(QuestionQueries.Head head, QuestionContent current, QuestionData edited) {
        QuestionContent next = edited.content();
        return Objects.equals(head.category(), edited.category()) && head.difficulty() == edited.difficulty()
                && Objects.equals(head.tags(), edited.tags())
                && next != null && current.type() == next.type() && Objects.equals(current.title(), next.title())
                && current.text().equals(next.text()) && current.format() == next.format()
                && sameItems(current, next);
    }

    private static boolean sameItems(QuestionContent a, QuestionContent b) {
        QuestionType t = a.type();
        if (t == QuestionType.SINGLE || t == QuestionType.MULTIPLE || t == QuestionType.TRUE_FALSE) {
            return texts(a.choices(), Choice::text).equals(texts(b.choices(), Choice::text));
        }
        if (t == QuestionType.MATCHING) {
            return sorted(a.pairs(), MatchPair::left).equals(sorted(b.pairs(), MatchPair::left))
                    && sorted(a.pairs(), MatchPair::right).equals(sorted(b.pairs(), MatchPair::right));
        }
        return true;
    }

    private static <T> List<String> texts(List<T> items, Function<T, String> text) {
        return items.stream().map(text).toList();
    }

    private static <T> List<String> sorted(List<T> items, Function<T, String> text) {
        return items.stream().map(text).sorted().toList();
    }
}
