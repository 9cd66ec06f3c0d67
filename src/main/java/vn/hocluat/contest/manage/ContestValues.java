package vn.hocluat.contest.manage;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A contest form checked field by field: every error is collected (field → message key) before anything is written. */
record ContestValues(String title, long unitId, String rules, @Nullable Integer minAge, int drawCount,
                     int timeLimitSeconds, @Nullable Integer attempts, String predictionKind) {
    static final Set<String> PREDICTION_KINDS = Set.of("NONE", "FULL_SCORE_COUNT", "TOTAL_ENTRANTS");

    static ContestValues check(ContestInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = in.title() == null ? "" : in.title().strip();
        if (title.isEmpty()) {
            errors.put("title", "contest.organiser.error.required");
        } else if (title.length() > 300) {
            errors.put("title", "contest.organiser.error.tooLong");
        }
        Integer unit = number(in.unitId(), 1, Integer.MAX_VALUE, true, "unitId", errors);
        Integer minAge = number(in.minAge(), 0, 120, false, "minAge", errors);
        Integer draw = number(in.drawCount(), 1, 500, true, "drawCount", errors);
        Integer minutes = number(in.timeLimit(), 1, 600, true, "timeLimit", errors);
        Integer attempts = number(in.attempts(), 1, 100, false, "attempts", errors);
        String kind = in.predictionKind() == null || in.predictionKind().isBlank() ? "NONE" : in.predictionKind().strip();
        if (!PREDICTION_KINDS.contains(kind)) {
            errors.put("predictionKind", "contest.organiser.error.choice");
        }
        if (!errors.isEmpty()) {
            throw new ContestInvalid(errors);
        }
        return new ContestValues(title, unit, in.rules() == null ? "" : in.rules().strip(), minAge, draw,
                minutes * 60, attempts, kind);
    }

    @Nullable
    private static Integer number(@Nullable String text, int min, int max, boolean required, String field,
                                  Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.put(field, "contest.organiser.error.required");
            }
            return null;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < min || n > max) {
                errors.put(field, "contest.organiser.error.range");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.put(field, "contest.organiser.error.number");
            return null;
        }
    }
}
