package vn.hocluat.assessment.stats;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.assessment.AttemptState;
import vn.hocluat.assessment.quiz.QuizDetail;
import vn.hocluat.assessment.quiz.QuizTimes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the trainer's statistics page shows of a quiz. */
record QuizStats(QuizDetail quiz, long attemptCount, long closedCount, List<AttemptLine> attempts, int page, int pages,
                 List<Band> bands, List<ItemLine> items, List<RegradeLine> regrades) {

    /** One attempt: the taker's name for accounts, "KIND #id" otherwise. */
    record AttemptLine(long id, String taker, int number, AttemptState state, Instant startedAt, @Nullable Long durationSeconds,
                       @Nullable BigDecimal score, BigDecimal maxScore) {
        public String startedText() {
            return QuizTimes.formatSeconds(startedAt);
        }

        public String durationText() {
            return QuizTimes.duration(durationSeconds);
        }

        public boolean scored() {
            return score != null;
        }
    }

    /** A band of the score distribution: [from, to) percent (the last includes 100), its count, the largest count of all bands. */
    record Band(int from, int to, int count, int max) {
    }

    /** A question's difficulty (share correct) and discrimination over the closed attempts that were given it. */
    record ItemLine(long questionId, String label, int n, @Nullable BigDecimal difficulty, @Nullable BigDecimal discrimination,
                    String versionsUsed, int currentVersion) {
        public boolean discriminated() {
            return discrimination != null;
        }
    }

    /** A regrade of one of the quiz's questions. */
    record RegradeLine(long questionId, int version, int attempts, @Nullable String reason, String by, Instant at) {
        public String atText() {
            return QuizTimes.formatSeconds(at);
        }
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }
}
