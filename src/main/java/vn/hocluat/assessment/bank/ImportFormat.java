package vn.hocluat.assessment.bank;

import java.util.Locale;
import java.util.Optional;

/** The files a bank imports: GIFT and Aiken text (errors by line), XLSX sheets (errors by row). */
enum ImportFormat {
    GIFT, AIKEN, XLSX;

    /** Whether errors point at sheet rows rather than text lines. */
    boolean byRow() {
        return this == XLSX;
    }

    /** The format named by a form field ("gift", "aiken", "xlsx"), else by the file's extension (.gift, .txt, .xlsx). */
    static Optional<ImportFormat> of(String field, String filename) {
        if (field != null && !field.isBlank()) {
            try {
                return Optional.of(valueOf(field.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        String name = filename == null ? "" : filename.trim().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gift")) {
            return Optional.of(GIFT);
        }
        if (name.endsWith(".txt")) {
            return Optional.of(AIKEN);
        }
        if (name.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }
}
