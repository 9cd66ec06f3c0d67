package vn.hocluat.assessment.format;

import vn.hocluat.assessment.question.FormatError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers of a GIFT answer block: each starts at an unescaped marker ("=" right, "~" wrong)
 * and may carry a weight ({@code %50%}) right after it; malformed parts are added to the errors.
 */
final class GiftItems {
    private GiftItems() {
    }

    /** One answer of the block: its marker, what follows it up to the next marker, and its line. */
    record Item(char marker, GiftText body, int line) {
    }

    /** An answer's percentage and the text after it; {@code weight} is null when the percentage was malformed. */
    record Weighted(BigDecimal weight, GiftText rest) {
    }

    /** The answers of {@code body}, split at the {@code markers}; text before the first marker is an error. */
    static List<Item> split(GiftText body, int fallbackLine, List<FormatError> errors, String markers) {
        List<Item> items = new ArrayList<>();
        int at = body.findAny(markers, 0);
        GiftText lead = body.sub(0, Math.max(at, 0));
        if (at > 0 && !lead.isBlank()) {
            errors.add(new FormatError(lead.strip().lineAt(0, fallbackLine), "qformat.gift.unmarkedAnswer", lead.excerpt()));
        }
        while (at >= 0) {
            int next = body.findAny(markers, at + 1);
            items.add(new Item(body.charAt(at), body.sub(at + 1, next < 0 ? body.length() : next), body.lineAt(at, fallbackLine)));
            at = next;
        }
        return items;
    }

    /** The leading {@code %n%} of an answer (−100…100), or {@code otherwise} when it has none. */
    static Weighted weight(Item item, List<FormatError> errors, BigDecimal otherwise) {
        GiftText body = item.body().strip();
        if (!body.isMarkup(0, '%')) {
            return new Weighted(otherwise, item.body());
        }
        int close = body.find("%", 1);
        String raw = close < 0 ? body.excerpt() : body.sub(0, close + 1).text();
        BigDecimal w = close < 0 ? null : Numbers.parse(body.sub(1, close).text());
        if (w == null || w.abs().compareTo(Weights.HUNDRED) > 0) {
            errors.add(new FormatError(item.line(), "qformat.gift.badWeight", raw));
            return new Weighted(null, close < 0 ? body.sub(1) : body.sub(close + 1));
        }
        return new Weighted(w, body.sub(close + 1));
    }
}
