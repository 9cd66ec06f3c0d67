package vn.hocluat.contest.manage;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongPredicate;

/** A contest form checked field by field: every error is collected (field → message key) before anything is written. */
record ContestValues(String title, long unitId, String rules, @Nullable Integer minAge, int drawCount,
                     int timeLimitSeconds, @Nullable Integer attempts, String predictionKind,
                     List<Long> residenceUnitIds, List<String> rankingOrder) {
    static final List<String> PREDICTION_KINDS = List.of("NONE", "FULL_SCORE_COUNT", "TOTAL_ENTRANTS");
    /** The ranking keys, in the default order. */
    static final List<String> RANKING_KEYS = List.of("SCORE_DESC", "PREDICTION_ERROR_ASC", "DURATION_ASC", "STARTED_ASC");

    /** Checks the input; {@code inScope} says whether the caller may name a unit (residence units). */
    static ContestValues check(ContestInput in, LongPredicate inScope) {
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
        List<Long> residence = residence(in.residenceUnitIds(), inScope, errors);
        List<String> ranking = ranking(in.rankingOrder(), errors);
        if (!errors.isEmpty()) {
            throw new ContestInvalid(errors);
        }
        return new ContestValues(title, unit, in.rules() == null ? "" : in.rules().strip(), minAge, draw,
                minutes * 60, attempts, kind, residence, ranking);
    }

    private static List<Long> residence(@Nullable List<String> ids, LongPredicate inScope, Map<String, String> errors) {
        Set<Long> out = new TreeSet<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            if (id == null || id.isBlank()) {
                continue;
            }
            if (!id.strip().matches("\\d{1,18}") || !inScope.test(Long.parseLong(id.strip()))) {
                errors.put("residenceUnitIds", "contest.organiser.error.unitOutOfScope");
                return List.of();
            }
            out.add(Long.parseLong(id.strip()));
        }
        return List.copyOf(out);
    }

    private static List<String> ranking(@Nullable List<String> keys, Map<String, String> errors) {
        if (keys == null) {
            return RANKING_KEYS;
        }
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            String k = key == null ? "" : key.strip();
            if (k.isEmpty()) {
                continue;
            }
            if (!RANKING_KEYS.contains(k)) {
                errors.put("rankingOrder", "contest.organiser.error.choice");
                return RANKING_KEYS;
            }
            if (out.contains(k)) {
                errors.put("rankingOrder", "contest.organiser.error.rankingTwice");
                return RANKING_KEYS;
            }
            out.add(k);
        }
        if (!out.contains("SCORE_DESC")) {
            errors.put("rankingOrder", "contest.organiser.error.rankingScore");
        }
        return List.copyOf(out);
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
