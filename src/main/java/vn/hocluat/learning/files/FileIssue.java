package vn.hocluat.learning.files;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong in a course folder: the file (path relative to the course folder, null for the
 * folder itself), the 1-based line (0 when the whole file is meant), and a message key of the
 * bundles with its arguments (prefix {@code course.files.}, or {@code qformat.}/{@code question.error.}
 * from the question parsers).
 */
public record FileIssue(@Nullable String file, int line, String messageKey, List<String> args) {

    static FileIssue at(@Nullable String file, int line, String key, Object... args) {
        return new FileIssue(file, line, key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The key that places the message: "Tệp {0}, dòng {1}: {2}", "Tệp {0}: {1}" or the message alone. */
    public String placeKey() {
        return file == null ? "course.files.at.folder" : line > 0 ? "course.files.at.line" : "course.files.at.file";
    }
}
