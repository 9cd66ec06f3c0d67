package vn.hocluat.learning.files;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.platform.web.Messages;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

    /** The message in the language, placed: "Tệp {file}, dòng {line}: …", "Tệp {file}: …" or the message alone. */
    public String describe(Messages messages, Locale locale) {
        String text = messages.get(locale, messageKey, args.toArray());
        if (file == null) {
            return text;
        }
        return line > 0 ? messages.get(locale, "course.files.at.line", file, line, text)
                : messages.get(locale, "course.files.at.file", file, text);
    }
}
