package vn.hocluat.contest.manage;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A prize form checked: a round of the contest or none, a kind, a tier 1–20, a name, a count 1–100000. */
record PrizeValues(@Nullable Long roundId, String kind, int tier, String name, int count) {
    static final List<String> KINDS = List.of(Prize.INDIVIDUAL, Prize.UNIT_MOST_ENTRANTS, Prize.UNIT_HIGHEST_RATE);

    static PrizeValues check(@Nullable String roundId, @Nullable String kind, @Nullable String tier, @Nullable String name,
                             @Nullable String count, Set<Long> rounds) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long round = null;
        if (roundId != null && !roundId.isBlank()) {
            String r = roundId.strip();
            if (r.matches("\\d{1,18}") && rounds.contains(Long.parseLong(r))) {
                round = Long.parseLong(r);
            } else {
                errors.put("roundId", "contest.organiser.error.choice");
            }
        }
        String k = kind == null ? "" : kind.strip();
        if (!KINDS.contains(k)) {
            errors.put("kind", "contest.organiser.error.choice");
        }
        Integer t = number(tier, 20, "tier", errors);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            errors.put("name", "contest.organiser.error.required");
        } else if (n.length() > 200) {
            errors.put("name", "contest.organiser.error.tooLong");
        }
        Integer c = number(count, 100_000, "count", errors);
        if (!errors.isEmpty()) {
            throw new ContestInvalid(errors);
        }
        return new PrizeValues(round, k, t, n, c);
    }

    @Nullable
    private static Integer number(@Nullable String text, int max, String field, Map<String, String> errors) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            errors.put(field, "contest.organiser.error.required");
        } else if (!s.matches("\\d{1,9}")) {
            errors.put(field, "contest.organiser.error.number");
        } else if (Integer.parseInt(s) < 1 || Integer.parseInt(s) > max) {
            errors.put(field, "contest.organiser.error.range");
        } else {
            return Integer.parseInt(s);
        }
        return null;
    }
}
