package vn.hocluat.assessment.question;

/**
 * A problem in an import file at a 1-based line (GIFT, Aiken) or row (XLSX), as a message key of
 * the bundles (prefix {@code qformat.}) with its arguments; the importer localises it.
 */
public record FormatError(int line, String messageKey, Object... args) {
}
