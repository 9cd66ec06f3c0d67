package vn.hocluat.platform.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A learning manager form that cannot be saved: the fields at fault with message keys; the page
 * re-renders the form with the localised messages (422) and nothing is written.
 */
public class FormInvalid extends RuntimeException {
    /** One error at one field of the form. */
    public record FieldError(String field, String key, Object... args) {
    }

    private final transient List<FieldError> errors;

    public FormInvalid(List<FieldError> errors) {
        super("invalid form: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Field → localised message (the first error of each field), for the form page. */
    public Map<String, String> messages(BiFunction<String, Object[], String> localise) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach(e -> out.putIfAbsent(e.field(), localise.apply(e.key(), e.args())));
        return out;
    }

    /** Collects errors while a form is checked; {@link #throwIfAny()} at the end. */
    public static final class Collector {
        private final List<FieldError> errors = new ArrayList<>();

        public void add(String field, String key, Object... args) {
            errors.add(new FieldError(field, key, args));
        }

        public boolean has(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new FormInvalid(errors);
            }
        }
    }

    /** The posted value of a field as trimmed text (the first of a repeated field). */
    public static String value(Map<String, Object> body, String field) {
        Object v = body.get(field);
        if (v instanceof Iterable<?> it) {
            for (Object x : it) {
                return Params.text(x);
            }
            return "";
        }
        return Params.text(v);
    }

    /** The posted values of these fields as trimmed text (a form re-rendered with what was typed). */
    public static Map<String, Object> values(Map<String, Object> body, List<String> fields) {
        Map<String, Object> values = new HashMap<>();
        fields.forEach(f -> values.put(f, value(body, f)));
        return values;
    }

    /** Empty values of these fields (a new form). */
    public static Map<String, Object> blank(List<String> fields) {
        Map<String, Object> values = new HashMap<>();
        fields.forEach(f -> values.put(f, ""));
        return values;
    }
}
