package vn.hocluat.assessment.question;

import java.util.List;

/** Everything a parser found: the questions it could read and every error; an import writes only when errors is empty. */
public record ParseResult(List<ParsedQuestion> questions, List<FormatError> errors) {
    public boolean ok() {
        return errors.isEmpty();
    }
}
