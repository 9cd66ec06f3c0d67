package vn.hocluat.contest.manage;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.assessment.quiz.QuizTimes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A round form checked: a name and a window typed as dd/MM/yyyy HH:mm in Vietnam time, closing after it opens. */
record RoundValues(String name, Instant opensAt, Instant closesAt) {
    static RoundValues check(@Nullable String name, @Nullable String opensAt, @Nullable String closesAt) {
        Map<String, String> errors = new LinkedHashMap<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            errors.put("name", "contest.organiser.error.required");
        } else if (n.length() > 200) {
            errors.put("name", "contest.organiser.error.tooLong");
        }
        Optional<Instant> open = moment(opensAt, "opensAt", errors);
        Optional<Instant> close = moment(closesAt, "closesAt", errors);
        if (open.isPresent() && close.isPresent() && !close.get().isAfter(open.get())) {
            errors.put("closesAt", "contest.organiser.error.closeBeforeOpen");
        }
        if (!errors.isEmpty()) {
            throw new ContestInvalid(errors);
        }
        return new RoundValues(n, open.orElseThrow(), close.orElseThrow());
    }

    private static Optional<Instant> moment(@Nullable String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, "contest.organiser.error.required");
            return Optional.empty();
        }
        Optional<Instant> parsed = QuizTimes.parse(text);
        if (parsed.isEmpty()) {
            errors.put(field, "contest.organiser.error.moment");
        }
        return parsed;
    }
}
