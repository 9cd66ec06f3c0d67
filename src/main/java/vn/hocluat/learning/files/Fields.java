package vn.hocluat.learning.files;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Typed values of one file's front matter; every bad value is reported at its line and read as absent. */
final class Fields {
    static final int TITLE_MAX = 300;

    private final String file;
    private final FrontMatter fm;
    private final List<FileIssue> issues;

    Fields(String file, FrontMatter fm, List<FileIssue> issues) {
        this.file = file;
        this.fm = fm;
        this.issues = issues;
    }

    String file() {
        return file;
    }

    int line(String key) {
        return fm.lineOf(key);
    }

    boolean has(String key) {
        return fm.get(key).isPresent();
    }

    Optional<String> raw(String key) {
        return fm.get(key).map(FrontMatter.Field::value);
    }

    void error(String key, String messageKey, Object... args) {
        issues.add(FileIssue.at(file, line(key), messageKey, args));
    }

    /** A required text of at most {@code max} characters (null when missing or too long, reported). */
    @Nullable
    String required(String key, int max) {
        if (!has(key)) {
            error(key, "course.files.error.required", key);
            return null;
        }
        return text(key, max);
    }

    @Nullable
    String text(String key, int max) {
        String v = raw(key).orElse(null);
        if (v != null && v.length() > max) {
            error(key, "course.files.error.tooLong", key, max);
            return null;
        }
        return v;
    }

    boolean yesNo(String key, boolean otherwise) {
        String v = raw(key).orElse(null);
        if (v == null) {
            return otherwise;
        }
        if (!v.equals("yes") && !v.equals("no")) {
            error(key, "course.files.error.yesNo", key);
            return otherwise;
        }
        return v.equals("yes");
    }

    @Nullable
    Integer whole(String key, int min, int max) {
        String v = raw(key).orElse(null);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{1,9}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
            error(key, "course.files.error.whole", key, min, max);
            return null;
        }
        return Integer.valueOf(v);
    }

    @Nullable
    BigDecimal percent(String key) {
        String v = raw(key).orElse(null);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{1,3}(\\.\\d{1,2})?") || new BigDecimal(v).compareTo(BigDecimal.valueOf(100)) > 0) {
            error(key, "course.files.error.percent", key);
            return null;
        }
        return new BigDecimal(v);
    }

    /** One of {@code allowed} (lower case); otherwise {@code messageKey} is reported. */
    @Nullable
    String choice(String key, String messageKey, String... allowed) {
        String v = raw(key).orElse(null);
        if (v != null && !Arrays.asList(allowed).contains(v)) {
            error(key, messageKey, v);
            return null;
        }
        return v;
    }

    /** A comma-separated list; empty items are dropped, duplicates kept once. */
    List<String> list(String key) {
        List<String> out = new ArrayList<>();
        for (String item : raw(key).orElse("").split(",")) {
            String s = item.strip();
            if (!s.isEmpty() && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** A "media/name" or "questions/name" reference: the name, or null (reported) when it is not of that shape. */
    @Nullable
    String reference(String key, String folder, String messageKey) {
        String v = raw(key).orElse(null);
        if (v == null) {
            return null;
        }
        Optional<String> name = CourseNames.reference(folder, v);
        if (name.isEmpty()) {
            error(key, messageKey, key);
        }
        return name.orElse(null);
    }

    /** Reports every key of {@code keys} that is present although it does not apply. */
    void notFor(String kindLabel, String... keys) {
        for (String k : keys) {
            if (has(k)) {
                error(k, "course.files.error.keyNotForKind", k, kindLabel.toLowerCase(Locale.ROOT));
            }
        }
    }
}
