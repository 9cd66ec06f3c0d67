package vn.hocluat.assessment.bank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.multipart.CompletedFileUpload;
import vn.hocluat.platform.web.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** What an import posted: a file, or text pasted into the page, with the format it is in. */
record Upload(ImportFormat format, byte[] content) {

    /**
     * The chosen file (format from the field, else from its extension) or, without a file, the
     * pasted text (format from the field, GIFT when none). 400 when there is nothing or the format is unknown.
     */
    static Upload of(@Nullable CompletedFileUpload file, @Nullable String format, @Nullable String pasted) {
        // a form sent without choosing a file still carries the part, with no name and no bytes
        boolean hasFile = file != null && (file.getSize() > 0 || (file.getFilename() != null && !file.getFilename().isBlank()));
        if (hasFile) {
            ImportFormat f = ImportFormat.of(format, file.getFilename())
                    .orElseThrow(() -> Problem.badRequest("bank.import.unknownFormat", file.getFilename()));
            return new Upload(f, bytes(file));
        }
        if (pasted != null && !pasted.isBlank()) {
            ImportFormat f = format == null || format.isBlank() ? ImportFormat.GIFT : ImportFormat.of(format, null)
                    .filter(x -> x != ImportFormat.XLSX)
                    .orElseThrow(() -> Problem.badRequest("bank.import.pasteFormat"));
            return new Upload(f, pasted.getBytes(StandardCharsets.UTF_8));
        }
        throw Problem.badRequest("bank.import.nothing");
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
