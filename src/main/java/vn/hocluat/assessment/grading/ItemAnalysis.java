package vn.hocluat.assessment.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Classical item analysis of one question over the closed attempts that were given it.
 * <ul>
 * <li>difficulty (share correct) p = mean of the item's fractions, 0…1 (higher = easier);</li>
 * <li>discrimination: the upper-lower 27% index. Rank the n attempts by their total score in
 * percent (highest first, ties by attempt id); g = max(1, round(0.27 n)), at most n / 2; then
 * D = p_U − p_L, the mean item fraction of the top g attempts minus that of the bottom g,
 * in −1…1 (≥ 0.3 discriminates well, &lt; 0.2 poorly, negative: check the key). Undefined for n &lt; 2.</li>
 * </ul>
 * The index suits random draws: each question is judged only among the attempts that received it.
 */
public final class ItemAnalysis {
    private static final int SCALE = 4;
    private static final double GROUP_SHARE = 0.27;

    private ItemAnalysis() {
    }

    /** One attempt's total (percent of its maximum) and its fraction on the item. */
    public record Observation(long attemptId, BigDecimal totalPercent, BigDecimal fraction) {
    }

    public static Optional<BigDecimal> difficulty(List<Observation> obs) {
        if (obs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(mean(obs));
    }

    public static Optional<BigDecimal> discrimination(List<Observation> obs) {
        int n = obs.size();
        if (n < 2) {
            return Optional.empty();
        }
        int g = Math.min(n / 2, Math.max(1, (int) Math.round(GROUP_SHARE * n)));
        List<Observation> ranked = obs.stream()
                .sorted(Comparator.comparing(Observation::totalPercent).reversed().thenComparing(Observation::attemptId))
                .toList();
        return Optional.of(mean(ranked.subList(0, g)).subtract(mean(ranked.subList(n - g, n))));
    }

    private static BigDecimal mean(List<Observation> obs) {
        BigDecimal sum = obs.stream().map(Observation::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(obs.size()), SCALE, RoundingMode.HALF_UP);
    }
}
