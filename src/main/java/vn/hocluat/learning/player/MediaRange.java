package vn.hocluat.learning.player;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/**
 * One byte range of a file of {@code size} bytes from an HTTP Range header (RFC 9110 §14): a
 * single {@code bytes=first-last}, {@code bytes=first-} or {@code bytes=-suffix}. Several ranges
 * or a malformed header are ignored (the whole file is served); a range outside the file is
 * unsatisfiable (416).
 */
record MediaRange(long first, long last) {

    long length() {
        return last - first + 1;
    }

    /** Outcome of reading the header: empty = serve the whole file; {@link #UNSATISFIABLE} = 416. */
    static final MediaRange UNSATISFIABLE = new MediaRange(-1, -2);

    static Optional<MediaRange> parse(@Nullable String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
            return Optional.empty();
        }
        String spec = header.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            String a = spec.substring(0, dash).strip();
            String b = spec.substring(dash + 1).strip();
            if (a.isEmpty()) {
                if (b.isEmpty()) {
                    return Optional.empty();
                }
                long suffix = Long.parseLong(b);
                if (suffix <= 0 || size == 0) {
                    return Optional.of(UNSATISFIABLE);
                }
                return Optional.of(new MediaRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(a);
            long last = b.isEmpty() ? size - 1 : Long.parseLong(b);
            if (first < 0 || last < first) {
                return Optional.empty();
            }
            if (first >= size) {
                return Optional.of(UNSATISFIABLE);
            }
            return Optional.of(new MediaRange(first, Math.min(last, size - 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
