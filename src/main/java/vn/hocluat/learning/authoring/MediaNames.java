package vn.hocluat.learning.authoring;

import vn.hocluat.platform.text.Fold;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Safe media file names (courses/README.md: letters, digits, '.', '_', '-'), derived from the name a
 * browser sent: only the last path segment counts ("../x.pdf" and "a/b.pdf" become plain names),
 * Vietnamese is transliterated ("Bài giảng 1.pdf" → "bai-giang-1.pdf"), anything else becomes '-'.
 */
final class MediaNames {
    static final int MAX = 120;
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9._-]+");
    private static final Pattern DOTS = Pattern.compile("\\.{2,}");
    private static final Pattern HYPHENS = Pattern.compile("-{2,}");
    private static final Pattern EDGES = Pattern.compile("^[._-]+|[._-]+$");

    private MediaNames() {
    }

    /** The extension of the name a browser sent, lower-case ("" when it has none). */
    static String extension(String uploadedName) {
        String base = lastSegment(uploadedName);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT).trim();
    }

    /** A safe name with the given extension; {@code fallback} when nothing usable is left of the stem. */
    static String safe(String uploadedName, String extension, String fallback) {
        String base = lastSegment(uploadedName);
        int dot = base.lastIndexOf('.');
        String stem = clean(dot < 0 ? base : base.substring(0, dot));
        if (stem.isEmpty()) {
            stem = fallback;
        }
        int room = MAX - extension.length() - 1;
        if (stem.length() > room) {
            stem = EDGES.matcher(stem.substring(0, room)).replaceAll("");
        }
        return stem + "." + extension;
    }

    /** The name with "-2", "-3"… before the extension. */
    static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        String suffix = "-" + n;
        String stem = name.substring(0, dot);
        if (stem.length() + suffix.length() + name.length() - dot > MAX) {
            stem = stem.substring(0, MAX - suffix.length() - (name.length() - dot));
        }
        return stem + suffix + name.substring(dot);
    }

    private static String clean(String stem) {
        String s = OTHER.matcher(Fold.fold(stem).replace(' ', '-')).replaceAll("-");
        s = HYPHENS.matcher(DOTS.matcher(s).replaceAll(".")).replaceAll("-");
        return EDGES.matcher(s).replaceAll("");
    }

    private static String lastSegment(String name) {
        String n = name == null ? "" : name.trim();
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        return n.substring(slash + 1);
    }
}
