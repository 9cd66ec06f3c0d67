package vn.hocluat.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of an attempt, frozen at start (an element of attempt.items): question {@code q} at
 * version {@code v} as shown, worth {@code points}, options displayed in {@code order} (position →
 * index in the version's choices, or in its distinct right items for MATCHING). Grading adds the
 * {@code response} and its {@code fraction}. {@code g}: the version whose key grades it when a
 * regrade applied a corrected version (absent: v).
 */
@Serdeable
record Item(long q, int v, @Nullable Integer g, BigDecimal points, List<Integer> order,
            @Nullable Response response, @Nullable BigDecimal fraction) {

    int keyVersion() {
        return g == null ? v : g;
    }

    Item graded(@Nullable Response r, BigDecimal f) {
        return new Item(q, v, g, points, order, r, f);
    }

    /** The same item graded from now on with the key of {@code version}. */
    Item keyedTo(int version) {
        return new Item(q, v, version == v ? null : version, points, order, response, fraction);
    }
}
