package vn.hocluat.learning.authoring;

import java.util.List;

/** Input an author must correct: the errors by form field, as message keys; nothing was written. */
class Invalid extends RuntimeException {
    /** A field's error; an argument that is a {@link Label} is translated before it is put in the message. */
    record FieldError(String field, String messageKey, Object... args) {
    }

    /** A message key used as an argument of another message (e.g. the kind of file). */
    record Label(String key) {
    }

    private final transient List<FieldError> errors;

    Invalid(List<FieldError> errors) {
        super("invalid authoring input: " + errors.size() + " error(s)");
        this.errors = List.copyOf(errors);
    }

    static Invalid of(String field, String key, Object... args) {
        return new Invalid(List.of(new FieldError(field, key, args)));
    }

    List<FieldError> errors() {
        return errors;
    }
}
