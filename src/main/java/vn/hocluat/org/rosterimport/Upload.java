package vn.hocluat.org.rosterimport;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.multipart.CompletedFileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;

/** An uploaded file as the import reads it; content is null when no file was chosen. */
record Upload(String filename, byte[] content) {

    static Upload of(@Nullable CompletedFileUpload file) {
        // a form submitted without choosing a file still sends the part, with no name and no bytes
        if (file == null || (file.getSize() == 0 && (file.getFilename() == null || file.getFilename().isBlank()))) {
            return new Upload(null, null);
        }
        try {
            return new Upload(file.getFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
