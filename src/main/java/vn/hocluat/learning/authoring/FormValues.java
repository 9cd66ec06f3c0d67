package vn.hocluat.learning.authoring;

import vn.hocluat.platform.text.Fold;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reading posted form fields, and the checks several authoring forms share (slugs, whole minutes). */
final class FormValues {
    /** courses/README.md: lower-case a–z, 0–9 and single hyphens between words. */
    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final int SLUG_MAX = 80;
    static final int TITLE_MAX = 300;
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private FormValues() {
    }

    /** A posted field as trimmed text ("" when absent); the first value of a repeated field. */
    static String text(Object value) {
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? "" : text(c.iterator().next());
        }
        return value == null ? "" : value.toString().trim();
    }

    /** Every value of a repeated field (checkboxes of one name). */
    static List<String> all(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(text(v)));
        } else if (value != null && !text(value).isEmpty()) {
            out.add(text(value));
        }
        return out;
    }

    static boolean checked(Map<String, Object> body, String field) {
        return body.containsKey(field) && !text(body.get(field)).isEmpty();
    }

    /** The slug typed, or one made from the title when the field was left empty ("Chương 1: Mở đầu" → "chuong-1-mo-dau"). */
    static String slugOr(String typed, String title) {
        if (!typed.isEmpty()) {
            return typed;
        }
        String s = NOT_SLUG.matcher(Fold.fold(title)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (s.length() > SLUG_MAX) {
            s = s.substring(0, SLUG_MAX).replaceAll("-+$", "");
        }
        return s;
    }

    static boolean validSlug(String slug) {
        return slug.length() <= SLUG_MAX && SLUG.matcher(slug).matches();
    }

    /**
     * A positive whole number of minutes, null when blank; adds {@code author.error.minutes} on the
     * field otherwise (with the field's label as argument).
     */
    static Integer minutes(String field, String value, String labelKey, List<Invalid.FieldError> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n > 0 && n <= 100_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below like any other value that is not a positive whole number
        }
        errors.add(new Invalid.FieldError(field, "author.error.minutes", new Invalid.Label(labelKey), value));
        return null;
    }

    /** A required title of at most 300 characters. */
    static void title(String field, String value, String key, List<Invalid.FieldError> errors) {
        if (value.isEmpty() || value.length() > TITLE_MAX) {
            errors.add(new Invalid.FieldError(field, key));
        }
    }
}
