package vn.hocluat.assessment.quiz;

import java.util.List;

/** A quiz definition was refused: message keys per field ("title", "rules[2].count"…) for the form or the API. */
public class QuizInvalidException extends RuntimeException {
    private final transient List<FieldError> errors;

    /** A field and its message key with arguments. */
    public record FieldError(String field, String messageKey, Object... args) {
    }

    public QuizInvalidException(List<FieldError> errors) {
        super("invalid quiz: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    static String ruleField(int index, String field) {
        return "rules[" + index + "]." + field;
    }
}
