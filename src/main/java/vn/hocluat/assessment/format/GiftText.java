package vn.hocluat.assessment.format;

import java.util.Arrays;
import java.util.List;

/**
 * A piece of GIFT source with its backslash escapes resolved: each character remembers whether it
 * came from an escape (so {@code \~} is a tilde of the text, never an answer marker) and the
 * 1-based line it stands on, so that errors can point at the exact line.
 */
final class GiftText {
    private static final String ESCAPABLE = "~=#{}:\\>";

    private final String chars;
    private final boolean[] escaped;
    private final int[] lines;

    private GiftText(String chars, boolean[] escaped, int[] lines) {
        this.chars = chars;
        this.escaped = escaped;
        this.lines = lines;
    }

    /** The given source lines, joined with newlines; {@code firstLine} is the number of the first. */
    static GiftText of(List<String> source, int firstLine) {
        StringBuilder out = new StringBuilder();
        int total = source.stream().mapToInt(s -> s.length() + 1).sum();
        boolean[] escaped = new boolean[total];
        int[] lines = new int[total];
        for (int l = 0; l < source.size(); l++) {
            String s = source.get(l);
            if (l > 0) {
                append(out, escaped, lines, '\n', false, firstLine + l);
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean escape = c == '\\' && i + 1 < s.length();
                char next = escape ? s.charAt(i + 1) : 0;
                if (escape && next == 'n') {
                    append(out, escaped, lines, '\n', true, firstLine + l);
                    i++;
                } else if (escape && ESCAPABLE.indexOf(next) >= 0) {
                    append(out, escaped, lines, next, true, firstLine + l);
                    i++;
                } else {
                    // an unknown escape keeps its backslash, as Moodle does
                    append(out, escaped, lines, c, c == '\\', firstLine + l);
                }
            }
        }
        int n = out.length();
        return new GiftText(out.toString(), Arrays.copyOf(escaped, n), Arrays.copyOf(lines, n));
    }

    private static void append(StringBuilder out, boolean[] escaped, int[] lines, char c, boolean esc, int line) {
        escaped[out.length()] = esc;
        lines[out.length()] = line;
        out.append(c);
    }

    int length() {
        return chars.length();
    }

    /** Whether position {@code i} holds the markup character {@code c} (not an escaped one). */
    boolean isMarkup(int i, char c) {
        return i >= 0 && i < chars.length() && !escaped[i] && chars.charAt(i) == c;
    }

    /** The first unescaped occurrence of {@code token} at or after {@code from}, or -1. */
    int find(String token, int from) {
        for (int i = Math.max(from, 0); i + token.length() <= chars.length(); i++) {
            if (matches(token, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The first unescaped occurrence of any of the markup characters {@code set} at or after {@code from}, or -1. */
    int findAny(String set, int from) {
        for (int i = Math.max(from, 0); i < chars.length(); i++) {
            if (!escaped[i] && set.indexOf(chars.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    int findLast(String token) {
        for (int i = chars.length() - token.length(); i >= 0; i--) {
            if (matches(token, i)) {
                return i;
            }
        }
        return -1;
    }

    boolean startsWith(String token) {
        return matches(token, 0);
    }

    private boolean matches(String token, int at) {
        if (at < 0 || at + token.length() > chars.length()) {
            return false;
        }
        for (int k = 0; k < token.length(); k++) {
            if (escaped[at + k] || chars.charAt(at + k) != token.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    char charAt(int i) {
        return chars.charAt(i);
    }

    GiftText sub(int from, int to) {
        return new GiftText(chars.substring(from, to), Arrays.copyOfRange(escaped, from, to),
                Arrays.copyOfRange(lines, from, to));
    }

    GiftText sub(int from) {
        return sub(from, chars.length());
    }

    /** Without leading and trailing white space (an escaped newline counts as text, not space). */
    GiftText strip() {
        return stripLeading().stripTrailing();
    }

    GiftText stripLeading() {
        int from = 0;
        while (from < chars.length() && isSpace(from)) {
            from++;
        }
        return sub(from);
    }

    GiftText stripTrailing() {
        int to = chars.length();
        while (to > 0 && isSpace(to - 1)) {
            to--;
        }
        return sub(0, to);
    }

    private boolean isSpace(int i) {
        return !escaped[i] && Character.isWhitespace(chars.charAt(i));
    }

    boolean isBlank() {
        return strip().length() == 0;
    }

    /** The text before the first unescaped {@code c} (all of it when there is none). */
    GiftText before(char c) {
        int at = find(String.valueOf(c), 0);
        return at < 0 ? this : sub(0, at);
    }

    /** The text after the first unescaped {@code c}, or an empty text when there is none. */
    GiftText after(char c) {
        int at = find(String.valueOf(c), 0);
        return sub(at < 0 ? chars.length() : at + 1);
    }

    /** The stripped text, or null when it is blank. */
    String plain() {
        String s = strip().text();
        return s.isEmpty() ? null : s;
    }

    /** The first line of the stripped text, cut at 60 characters: enough to point at it in a message. */
    String excerpt() {
        String s = strip().text();
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }

    /** The line of position {@code i}, or {@code fallback} for an empty text. */
    int lineAt(int i, int fallback) {
        return chars.isEmpty() ? fallback : lines[Math.min(Math.max(i, 0), chars.length() - 1)];
    }

    /** The resolved text: what a reader of the question sees. */
    String text() {
        return chars;
    }

    @Override
    public String toString() {
        return chars;
    }
}
