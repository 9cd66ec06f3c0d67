package vn.hocluat.contest.rank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The winners of a round as the page and the printed announcement show them (texts through {@code text(key, args)}). */
final class WinnerViews {
    private WinnerViews() {
    }

    static Map<String, Object> model(ReviewReads.Winners w, BiFunction<String, Object[], String> text) {
        Map<String, Object> model = ReviewPagesController.head(w.head());
        model.put("individual", RankViews.rows(w.individual()));
        List<Map<String, Object>> collective = new ArrayList<>();
        collective.add(collective(text.apply("contest.review.winners.mostEntrants", new Object[0]), null, w.mostEntrants()));
        collective.add(collective(text.apply("contest.review.winners.highestRate", new Object[0]),
                text.apply("contest.review.winners.rateHint", new Object[0]), w.highestRate()));
        model.put("collective", collective);
        return model;
    }

    private static Map<String, Object> collective(String title, String hint, List<PrizeAwards.UnitLine> lines) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("hint", hint);
        m.put("lines", lines.stream().map(l -> {
            Map<String, Object> lm = new HashMap<>();
            lm.put("rank", l.rank());
            lm.put("unitName", l.unitName());
            lm.put("entrants", l.entrants());
            lm.put("population", l.population() == null ? "" : l.population());
            lm.put("ratePercent", percent(l.rate()));
            lm.put("prizeName", l.prizeName() == null ? "" : l.prizeName());
            return lm;
        }).toList());
        return m;
    }

    /** A rate as a percentage with two decimals, or "" without one. */
    static Object percent(BigDecimal rate) {
        return rate == null ? "" : rate.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
    }
}
