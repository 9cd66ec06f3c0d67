package vn.hocluat.assessment.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Scores in ten bands of 10 percentage points: [0, 10), [10, 20) … [90, 100] (100% falls in the last band). */
public final class ScoreDistribution {
    public static final int BUCKETS = 10;

    private ScoreDistribution() {
    }

    public static int[] counts(List<BigDecimal> percents) {
        int[] counts = new int[BUCKETS];
        for (BigDecimal p : percents) {
            counts[bucket(p)]++;
        }
        return counts;
    }

    public static int bucket(BigDecimal percent) {
        int b = percent.divide(BigDecimal.TEN, 0, RoundingMode.FLOOR).intValue();
        return Math.max(0, Math.min(BUCKETS - 1, b));
    }

    /** A score as percent of its maximum (0 when the maximum is 0), 4 decimals. */
    public static BigDecimal percent(BigDecimal score, BigDecimal max) {
        if (max.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return score.multiply(BigDecimal.valueOf(100)).divide(max, 4, RoundingMode.HALF_UP);
    }
}
