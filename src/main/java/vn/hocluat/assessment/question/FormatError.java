package vn.hocluat.assessment.question;

import java.util.Arrays;
import java.util.Objects;

/**
 * A problem in an import file at a 1-based line (GIFT, Aiken) or row (XLSX), as a message key of
 * the bundles (prefix {@code qformat.}) with its arguments; the importer localises it.
 * Equality compares the arguments by content (a record would compare the array by identity).
 */
public record FormatError(int line, String messageKey, Object... args) {

    @Override
    public boolean equals(Object other) {
        return other instanceof FormatError e && line == e.line && messageKey.equals(e.messageKey)
                && Arrays.equals(args, e.args);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(line, messageKey) + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return "FormatError[line=" + line + ", " + messageKey + ", " + Arrays.toString(args) + "]";
    }
}
