package vn.hocluat.assessment.bank;

import java.util.List;

/**
 * Input for a bank or a question was refused: one message key per field, for a form or the API to
 * show. Fields are named as in the API body; an item of a list is "choices.2" (0-based).
 */
public class InvalidInputException extends RuntimeException {
    private final transient List<FieldError> errors;

    /** A field and the message key (prefix bank. or question.) with its arguments. */
    public record FieldError(String field, String messageKey, Object... args) {
    }

    public InvalidInputException(List<FieldError> errors) {
        super("invalid input: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
