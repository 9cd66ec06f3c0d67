package vn.hocluat.learning.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.multipart.CompletedFileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A file part of an authoring form, read only after its size has been checked. */
record Upload(String filename, long size, @Nullable CompletedFileUpload part) {

    /** Null when the form was sent without choosing a file (the browser still sends an empty, unnamed part). */
    @Nullable
    static Upload of(@Nullable CompletedFileUpload part) {
        if (part == null || part.getFilename() == null || part.getFilename().isBlank()) {
            return null;
        }
        return new Upload(part.getFilename(), part.getSize(), part);
    }

    byte[] bytes() {
        try {
            return part == null ? new byte[0] : part.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
