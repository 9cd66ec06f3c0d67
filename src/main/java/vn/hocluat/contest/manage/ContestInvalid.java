package vn.hocluat.contest.manage;

import java.util.Map;

/** Bad organiser input: message key per field name; nothing was written. */
public class ContestInvalid extends RuntimeException {
    private final transient Map<String, String> errors;

    ContestInvalid(Map<String, String> errors) {
        super(String.join(",", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
