package vn.hocluat.assessment.grading;

import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.grading.ItemAnalysis.Observation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ItemAnalysisTest {
    static Observation o(long id, String total, String fraction) {
        return new Observation(id, new BigDecimal(total), new BigDecimal(fraction));
    }

    /**
     * Ten attempts; g = round(0.27 × 10) = 3. By total: 95 (1), 90 (1), 80 (0.5) are the upper
     * group, p_U = 2.5 / 3 = 0.8333; 30 (0), 20 (1), 10 (0) the lower, p_L = 1 / 3 = 0.3333;
     * D = 0.5000. Difficulty = (1+1+0.5+1+0+1+0+0+1+0) / 10 = 0.55.
     */
    @Test
    void upper_lower_index_matches_the_hand_computed_value() {
        List<Observation> obs = List.of(o(1, "95", "1"), o(2, "90", "1"), o(3, "80", "0.5"), o(4, "70", "1"),
                o(5, "60", "0"), o(6, "50", "1"), o(7, "40", "0"), o(8, "30", "0"), o(9, "20", "1"), o(10, "10", "0"));
        assertEquals(Optional.of(new BigDecimal("0.5000")), ItemAnalysis.discrimination(obs));
        assertEquals(Optional.of(new BigDecimal("0.5500")), ItemAnalysis.difficulty(obs));
    }

    @Test
    void ties_are_broken_by_attempt_and_small_samples_use_one_per_group() {
        List<Observation> two = List.of(o(7, "50", "0"), o(3, "50", "1"));
        assertEquals(Optional.of(new BigDecimal("1.0000")), ItemAnalysis.discrimination(two));
        assertEquals(Optional.empty(), ItemAnalysis.discrimination(List.of(o(1, "100", "1"))));
        assertEquals(Optional.empty(), ItemAnalysis.difficulty(new ArrayList<>()));
    }

    @Test
    void scores_fall_in_ten_bands_with_full_marks_in_the_last() {
        int[] counts = ScoreDistribution.counts(List.of(new BigDecimal("0"), new BigDecimal("9.9999"),
                new BigDecimal("10"), new BigDecimal("55"), new BigDecimal("90"), new BigDecimal("100")));
        assertArrayEquals(new int[]{2, 1, 0, 0, 0, 1, 0, 0, 0, 2}, counts);
        assertEquals(new BigDecimal("66.6667"), ScoreDistribution.percent(new BigDecimal("2"), new BigDecimal("3")));
    }
}
