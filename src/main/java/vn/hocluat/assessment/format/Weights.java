package vn.hocluat.assessment.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole-percent option weights. Files may write Moodle's 33.33333-style fractions; the model keeps
 * integers, so the right options' weights are rounded by largest remainder to sum to exactly 100.
 */
final class Weights {
    /** Moodle accepts a multiple-answer question whose positive fractions sum to 1 at two decimals. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.5");
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Weights() {
    }

    static boolean sumsToHundred(BigDecimal sum) {
        return sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) < 0;
    }

    /** {@code total} split into {@code n} whole parts as equal as possible, the larger ones first. */
    static List<Integer> split(int total, int n) {
        List<Integer> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(total / n + (i < Math.abs(total % n) ? Integer.signum(total) : 0));
        }
        return parts;
    }

    /**
     * Integer weights: positive ones scaled by largest remainder to sum to 100 when
     * {@code positivesToHundred}, every other one rounded half away from zero.
     */
    static List<Integer> round(List<BigDecimal> weights, boolean positivesToHundred) {
        List<Integer> out = new ArrayList<>();
        for (BigDecimal w : weights) {
            boolean exact = positivesToHundred && w.signum() > 0;
            out.add((exact ? w.setScale(0, RoundingMode.FLOOR) : w.setScale(0, RoundingMode.HALF_UP)).intValueExact());
        }
        if (!positivesToHundred) {
            return out;
        }
        int missing = 100;
        for (int i = 0; i < weights.size(); i++) {
            missing -= weights.get(i).signum() > 0 ? out.get(i) : 0;
        }
        while (missing > 0) {
            int best = -1;
            BigDecimal bestRest = BigDecimal.ZERO;
            for (int i = 0; i < weights.size(); i++) {
                BigDecimal rest = weights.get(i).subtract(BigDecimal.valueOf(out.get(i)));
                if (weights.get(i).signum() > 0 && rest.compareTo(bestRest) > 0) {
                    best = i;
                    bestRest = rest;
                }
            }
            if (best < 0) {
                break;
            }
            out.set(best, out.get(best) + 1);
            missing--;
        }
        return out;
    }
}
