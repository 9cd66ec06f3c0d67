package vn.hocluat.learning.files;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front matter of a course, module or lesson file as courses/README.md defines it: a line
 * {@code ---}, {@code key: value} lines (blank lines and {@code #} comments ignored), a line
 * {@code ---}, then the Markdown body. A YAML library would accept far more than the format
 * allows (nesting, quoting, anchors, multi-line values) and report lines we could not name, so the
 * few rules are read here, every problem reported with its line.
 */
final class FrontMatter {
    /** A value and the line it stands on. */
    record Field(String value, int line) {
    }

    static final String FENCE = "---";
    private static final Pattern KEY_VALUE = Pattern.compile("([^:]*):(.*)");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*");

    private final Map<String, Field> fields;
    private final String body;
    private final int bodyLine;

    private FrontMatter(Map<String, Field> fields, String body, int bodyLine) {
        this.fields = fields;
        this.body = body;
        this.bodyLine = bodyLine;
    }

    /** The front matter of {@code text}, or empty when there is no block to read (the problem is reported). */
    static Optional<FrontMatter> parse(String file, String text, Set<String> keys, List<FileIssue> issues) {
        String[] lines = text.split("\r\n|\n", -1);
        if (!lines[0].strip().equals(FENCE)) {
            issues.add(FileIssue.at(file, 1, "course.files.error.noFrontMatter"));
            return Optional.empty();
        }
        int close = 1;
        while (close < lines.length && !lines[close].strip().equals(FENCE)) {
            close++;
        }
        if (close == lines.length) {
            issues.add(FileIssue.at(file, 1, "course.files.error.unclosedFrontMatter"));
            return Optional.empty();
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        for (int i = 1; i < close; i++) {
            field(file, lines[i], i + 1, keys, fields, issues);
        }
        int start = close + 1;
        while (start < lines.length && lines[start].isBlank()) {
            start++;
        }
        String body = normalBody(String.join("\n", List.of(lines).subList(Math.min(start, lines.length), lines.length)));
        return Optional.of(new FrontMatter(fields, body, start + 1));
    }

    private static void field(String file, String line, int n, Set<String> keys, Map<String, Field> fields,
                              List<FileIssue> issues) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
            return;
        }
        Matcher m = KEY_VALUE.matcher(s);
        if (!m.matches() || m.group(1).isBlank()) {
            issues.add(FileIssue.at(file, n, "course.files.error.notKeyValue", excerpt(s)));
            return;
        }
        String key = m.group(1).strip();
        if (!KEY.matcher(key).matches() || !keys.contains(key)) {
            issues.add(FileIssue.at(file, n, "course.files.error.unknownKey", excerpt(key), String.join(", ", keys)));
        } else if (fields.containsKey(key)) {
            issues.add(FileIssue.at(file, n, "course.files.error.duplicateKey", key, fields.get(key).line()));
        } else {
            fields.put(key, new Field(m.group(2).strip(), n));
        }
    }

    /** The field when it is present with a value (an empty value counts as absent). */
    Optional<Field> get(String key) {
        return Optional.ofNullable(fields.get(key)).filter(f -> !f.value().isEmpty());
    }

    /** The line of the key, or 1 (the opening fence) when the key is absent. */
    int lineOf(String key) {
        Field f = fields.get(key);
        return f == null ? 1 : f.line();
    }

    String body() {
        return body;
    }

    /** The line the body starts on (for problems found inside it). */
    int bodyLine() {
        return bodyLine;
    }

    /** A file of this format: the fields in the order given (one line each), a blank line, the body. */
    static String write(Map<String, String> fields, String body) {
        StringBuilder out = new StringBuilder(FENCE).append('\n');
        fields.forEach((k, v) -> out.append(k).append(": ").append(v.replaceAll("[\r\n]+", " ").strip()).append('\n'));
        out.append(FENCE).append('\n');
        String b = normalBody(body);
        if (!b.isEmpty()) {
            out.append('\n').append(b).append('\n');
        }
        return out.toString();
    }

    /** A body as stored: LF line ends, no blank lines before the first line of text, no trailing white space. */
    static String normalBody(String body) {
        if (body == null) {
            return "";
        }
        String b = body.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        int start = 0;
        int nl;
        while ((nl = b.indexOf('\n', start)) >= 0 && b.substring(start, nl).isBlank()) {
            start = nl + 1;
        }
        return b.substring(start);
    }

    private static String excerpt(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
