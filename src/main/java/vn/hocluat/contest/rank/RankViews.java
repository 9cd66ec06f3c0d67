package vn.hocluat.contest.rank;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.assessment.quiz.QuizTimes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Ranking rows and round facts as pages, the API and the exports show them: seconds from ms, names masked in public. */
final class RankViews {
    private RankViews() {
    }

    /** A ranking row for the organisers' pages (full name and phone). */
    static Map<String, Object> row(RankRow r) {
        Map<String, Object> m = publicRow(r);
        m.put("name", r.fullName());
        m.put("phone", r.phone());
        m.put("entrantId", r.entrantId());
        m.put("flags", r.flags());
        m.put("prize", r.prizeName());
        return m;
    }

    /** A ranking row for everyone: the name masked, no phone. */
    static Map<String, Object> publicRow(RankRow r) {
        Map<String, Object> m = new HashMap<>();
        m.put("rank", r.rank());
        m.put("name", mask(r.fullName()));
        m.put("unit", r.unitName());
        m.put("score", plain(r.score()));
        m.put("maxScore", plain(r.maxScore()));
        m.put("prediction", r.prediction() == null ? null : plain(r.prediction()));
        m.put("error", r.predictionError() == null ? null : plain(r.predictionError()));
        m.put("seconds", seconds(r.durationMs()));
        m.put("started", QuizTimes.formatSeconds(r.startedAt()));
        return m;
    }

    /** "Nguyễn Văn An" → "Nguyễn V. A.": the family name and the initials of the other names. */
    static String mask(String fullName) {
        String[] parts = fullName.strip().split("\\s+");
        if (parts.length == 1) {
            return parts[0].isEmpty() ? "" : initial(parts[0]);
        }
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(' ').append(initial(parts[i]));
        }
        return sb.toString();
    }

    private static String initial(String name) {
        return name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + ".";
    }

    /** Milliseconds as seconds with one decimal. */
    static BigDecimal seconds(long ms) {
        return BigDecimal.valueOf(ms).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP);
    }

    @Nullable
    static BigDecimal plain(@Nullable BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().scale() < 0 ? n.setScale(0, RoundingMode.UNNECESSARY) : n.stripTrailingZeros();
    }

    static List<Map<String, Object>> rows(List<RankRow> rows) {
        return rows.stream().map(RankViews::row).toList();
    }
}
