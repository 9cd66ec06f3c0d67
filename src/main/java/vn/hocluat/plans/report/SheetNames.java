package vn.hocluat.plans.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names Excel accepts for worksheets: at most 31 characters (UTF-16 units), none of []:*?/\, not starting or ending
 * with an apostrophe, unique within the workbook regardless of case. Long names are cut at a word
 * boundary where one is near the limit.
 */
final class SheetNames {
    static final int MAX = 31;
    private static final int MIN_WORD_CUT = 16;

    private final Set<String> used = new HashSet<>();

    /** A valid name close to {@code wanted}, different from every name given before. */
    String next(String wanted) {
        String base = cut(clean(wanted), MAX);
        if (base.isEmpty()) {
            base = "Sheet";
        }
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX - suffix.length()) + suffix;
        }
        return name;
    }

    private static String clean(String s) {
        String out = s.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        while (out.startsWith("'") || out.endsWith("'")) {
            out = (out.startsWith("'") ? out.substring(1) : out.substring(0, out.length() - 1)).strip();
        }
        return out;
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        String head = s.substring(0, end);
        int space = head.lastIndexOf(' ');
        boolean wordEnds = Character.isWhitespace(s.charAt(end));
        String out = wordEnds || space < MIN_WORD_CUT ? head : head.substring(0, space);
        return out.replaceAll("[\\s,;.\\-–']+$", "");
    }
}
