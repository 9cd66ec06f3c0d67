package vn.hocluat.assessment.format;

import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.FormatError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What GIFT comment lines say about the question they stand in: Moodle's {@code [tag:name]}
 * (Moodle 3.6+ exports tags this way), and two attributes of ours that Moodle ignores as plain
 * comments — {@code [difficulty:EASY|MEDIUM|HARD]} and {@code [exact-match]} (a short answer
 * compared case- and diacritics-sensitively) — so that an exported bank re-imports unchanged.
 */
final class GiftAttributes {
    static final String EXACT_MATCH = "[exact-match]";
    private static final Pattern ATTRIBUTE = Pattern.compile("\\[(tag|difficulty):((?:\\\\.|[^\\]\\\\])*)\\]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTEXT = Pattern.compile("^\\$[a-z0-9]+\\$/", Pattern.CASE_INSENSITIVE);

    final List<String> tags = new ArrayList<>();
    Difficulty difficulty;
    boolean exactMatch;
    /** An attribute was reported as malformed: the question is not kept. */
    boolean malformed;

    void read(String comment, int line, List<FormatError> errors) {
        Matcher m = ATTRIBUTE.matcher(comment);
        while (m.find()) {
            String value = m.group(2).replaceAll("\\\\(.)", "$1").strip();
            if (m.group(1).equalsIgnoreCase("tag")) {
                if (!value.isEmpty() && !tags.contains(value)) {
                    tags.add(value);
                }
            } else {
                difficulty = difficulty(value);
                if (difficulty == null) {
                    malformed = true;
                    errors.add(new FormatError(line, "qformat.gift.badDifficulty", value));
                }
            }
        }
        exactMatch |= ATTRIBUTE.matcher(comment).replaceAll(" ").toLowerCase(Locale.ROOT).contains(EXACT_MATCH);
    }

    private static Difficulty difficulty(String value) {
        for (Difficulty d : Difficulty.values()) {
            if (d.name().equalsIgnoreCase(value)) {
                return d;
            }
        }
        return null;
    }

    /**
     * A {@code $CATEGORY:} path without Moodle's context prefix ({@code $course$/}, {@code $system$/}…)
     * and its {@code top/} root, or null when nothing is left (which clears the category).
     */
    static String categoryPath(String path) {
        String p = CONTEXT.matcher(path.strip()).replaceFirst("");
        if (p.equals("top")) {
            return null;
        }
        p = p.startsWith("top/") ? p.substring(4) : p;
        p = p.strip();
        return p.isEmpty() ? null : p;
    }

    /** Escapes a tag for {@code [tag:…]}. */
    static String escapeTag(String tag) {
        return tag.replaceAll("[\r\n]+", " ").replace("\\", "\\\\").replace("]", "\\]");
    }
}
