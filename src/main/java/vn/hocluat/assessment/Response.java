package vn.hocluat.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A taker's response to one question AS DISPLAYED (never in the question's own option order, which
 * would tell the key): the displayed positions (0-based) of the chosen options for SINGLE,
 * TRUE_FALSE and MULTIPLE; the typed text for SHORT_ANSWER and NUMERICAL; for MATCHING, per left
 * item, the displayed position of the right item chosen (null: none).
 */
@Serdeable
@Schema(name = "QuestionResponse")
public record Response(@Nullable List<Integer> chosen, @Nullable String text, @Nullable List<Integer> matches) {
    public static final Response NONE = new Response(null, null, null);
    static final int MAX_TEXT = 1000;
    static final int MAX_LIST = 100;

    /** Within the sizes the engine stores (anything larger is a forged request). */
    boolean withinLimits() {
        return (chosen == null || chosen.size() <= MAX_LIST) && (matches == null || matches.size() <= MAX_LIST)
                && (text == null || text.length() <= MAX_TEXT);
    }

    public static Response chosen(List<Integer> positions) {
        return new Response(positions, null, null);
    }

    public static Response text(String text) {
        return new Response(null, text, null);
    }

    public static Response matches(List<Integer> positions) {
        return new Response(null, null, positions);
    }
}
