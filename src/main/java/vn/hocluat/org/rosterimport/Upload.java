package vn.hocluat.org.rosterimport;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.multipart.CompletedFileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;

/** An uploaded file as an import reads it (the roster and the training history imports); content is null when no file was chosen. */
public record Upload(String filename, byte[] content) {
    /**
     * The server accepts larger bodies for course media; a body that declares its length is held to
     * 20 MB before it is read (learning/authoring/UploadSizeFilter), one streamed without a length here.
     */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    public static Upload of(@Nullable CompletedFileUpload file) {
        // a form submitted without choosing a file still sends the part, with no name and no bytes
        if (file == null || (file.getSize() == 0 && (file.getFilename() == null || file.getFilename().isBlank()))) {
            return new Upload(null, null);
        }
        if (file.getSize() > MAX_BYTES) {
            throw new ContentLengthExceededException(MAX_BYTES, file.getSize());
        }
        try {
            return new Upload(file.getFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
