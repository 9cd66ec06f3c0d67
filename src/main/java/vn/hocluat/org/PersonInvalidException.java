package vn.hocluat.org;

import java.util.List;

/** Input for a person was refused: one message key per field, for the form or the API to show. */
public class PersonInvalidException extends RuntimeException {
    private final transient List<FieldError> errors;

    /** A field (named as in the form and the API body) and the message key with its arguments. */
    public record FieldError(String field, String messageKey, Object... args) {
    }

    public PersonInvalidException(List<FieldError> errors) {
        super("invalid person: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
