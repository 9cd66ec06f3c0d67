package vn.hocluat.satisfaction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/**
 * The figures of a set of ratings: how many, the average score, the share of 4–5 (SATISFACTION_SHARE:
 * ratings of 4–5 ÷ all ratings, shown with the counts it rests on) and the distribution over 1–5.
 */
public record RatingTally(long count, long high, long sum, List<Long> distribution) {

    static RatingTally of(Collection<Rating> ratings) {
        long[] d = new long[5];
        long sum = 0;
        for (Rating r : ratings) {
            d[r.score() - 1]++;
            sum += r.score();
        }
        return new RatingTally(ratings.size(), d[3] + d[4], sum, List.of(d[0], d[1], d[2], d[3], d[4]));
    }

    public boolean rated() {
        return count > 0;
    }

    /** The mean score with two decimals; null without ratings. */
    public BigDecimal average() {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** Ratings of 4–5 as a percentage with two decimals (12.5 for 12,5 %); null without ratings. */
    public BigDecimal share() {
        return count == 0 ? null
                : BigDecimal.valueOf(high * 100).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
