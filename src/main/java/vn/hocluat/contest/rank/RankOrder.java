package vn.hocluat.contest.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ranking order of a contest as SQL: each known key of {@code contest.ranking_order} becomes an
 * ORDER BY term over the columns of an entry (score, prediction_error, duration_ms, started_at), first
 * key first, and the attempt id settles what is left so that a ranking is the same every time it is
 * computed. The prediction key is left out while the actual value is unknown (provisional ranking).
 */
final class RankOrder {
    static final String PREDICTION = "PREDICTION_ERROR_ASC";
    static final List<String> DEFAULT = List.of("SCORE_DESC", PREDICTION, "DURATION_ASC", "STARTED_ASC");
    private static final Map<String, String> TERMS = Map.of(
            "SCORE_DESC", "score desc",
            PREDICTION, "prediction_error asc nulls last",
            "DURATION_ASC", "duration_ms asc",
            "STARTED_ASC", "started_at asc");

    private RankOrder() {
    }

    /** The keys that apply: known ones, in the contest's order, without the prediction key when {@code actualKnown} is false. */
    static List<String> keys(List<String> order, boolean actualKnown) {
        List<String> keys = new ArrayList<>();
        for (String key : order.isEmpty() ? DEFAULT : order) {
            if (TERMS.containsKey(key) && !keys.contains(key) && (actualKnown || !PREDICTION.equals(key))) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The ORDER BY list (without the words) of the keys, ending with the attempt id. */
    static String sql(List<String> keys) {
        List<String> terms = new ArrayList<>();
        keys.forEach(k -> terms.add(TERMS.get(k)));
        terms.add("attempt_id asc");
        return String.join(", ", terms);
    }
}
