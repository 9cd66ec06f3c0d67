package vn.hocluat.satisfaction;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Params;
import vn.hocluat.platform.web.Problem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ratings page's filter: the unit (default the user's), the months from–to as MM/yyyy (default
 * January to the current month) and the object kind (all when blank). {@code errors}: field → message key.
 */
record RatingFilter(long unitId, YearMonth from, YearMonth to, @Nullable RatedObject.Kind kind,
                    String fromText, String toText, Map<String, String> errors) {
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");

    static RatingFilter read(CurrentUser user, @Nullable String unit, @Nullable String from, @Nullable String to,
                             @Nullable String kind, YearMonth now) {
        Long unitId = Params.id(unit, "unit");
        Map<String, String> errors = new LinkedHashMap<>();
        YearMonth f = month(from, now.withMonth(1), "from", errors);
        YearMonth t = month(to, now, "to", errors);
        if (errors.isEmpty() && f.isAfter(t)) {
            errors.put("to", "satisfaction.pages.month.order");
        }
        return new RatingFilter(unitId == null ? user.unitId() : unitId, f, t, kind(kind),
                errors.containsKey("from") ? from.strip() : text(f), errors.containsKey("to") && to != null ? to.strip() : text(t),
                errors);
    }

    String kindText() {
        return kind == null ? "" : kind.name();
    }

    /** The page's address with this filter for another unit, plus extra parameters (already encoded). */
    String url(String base, long unit, String extra) {
        return base + "?unit=" + unit + "&from=" + enc(fromText) + "&to=" + enc(toText)
                + (kind == null ? "" : "&kind=" + kind.name()) + extra;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static YearMonth month(@Nullable String text, YearMonth fallback, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        Matcher m = MONTH.matcher(text.strip());
        int month = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        if (month < 1 || month > 12) {
            errors.put(field, "satisfaction.pages.month.invalid");
            return fallback;
        }
        return YearMonth.of(Integer.parseInt(m.group(2)), month);
    }

    private static String text(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    private static RatedObject.Kind kind(@Nullable String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        for (RatedObject.Kind k : RatedObject.Kind.values()) {
            if (k.name().equals(kind.strip())) {
                return k;
            }
        }
        throw Problem.badRequest("error.badParameter", "kind");
    }
}
