package vn.hocluat.org;

import java.util.Map;

/** A unit could not be saved: the message key of the problem of each field; nothing was written. */
public class UnitInvalidException extends RuntimeException {
    private final transient Map<String, String> errors;

    public UnitInvalidException(Map<String, String> errors) {
        super("invalid unit: " + errors);
        this.errors = Map.copyOf(errors);
    }

    /** Field (code, name, kind, urban, population, parentId) → message key. */
    public Map<String, String> errors() {
        return errors;
    }
}
