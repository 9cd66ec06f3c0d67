package vn.hocluat.learning.files;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a course folder may use (courses/README.md): slugs, numbered modules and lessons,
 * media and question file names, and the media types allowed by extension. Nothing outside these
 * names is ever opened, so a name can never lead out of the course folder.
 */
final class CourseNames {
    static final int SLUG_MAX = 80;
    static final int FILE_NAME_MAX = 120;
    static final String MEDIA = "media";
    static final String QUESTIONS = "questions";
    static final String COURSE_FILE = "course.md";
    static final String MODULE_FILE = "module.md";

    private static final String SLUG_RE = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final Pattern SLUG = Pattern.compile(SLUG_RE);
    private static final Pattern NUMBERED = Pattern.compile("(\\d{2,})-(" + SLUG_RE + ")");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern BODY_MEDIA = Pattern.compile("(?<![A-Za-z0-9_./-])media/([A-Za-z0-9._-]+)");

    /** What a media file is, by its extension. */
    enum MediaKind { IMAGE, VIDEO, AUDIO, DOCUMENT }

    record MediaType(String contentType, MediaKind kind) {
    }

    private static final Map<String, MediaType> MEDIA_TYPES = Map.ofEntries(
            Map.entry("png", new MediaType("image/png", MediaKind.IMAGE)),
            Map.entry("jpg", new MediaType("image/jpeg", MediaKind.IMAGE)),
            Map.entry("jpeg", new MediaType("image/jpeg", MediaKind.IMAGE)),
            Map.entry("webp", new MediaType("image/webp", MediaKind.IMAGE)),
            Map.entry("mp4", new MediaType("video/mp4", MediaKind.VIDEO)),
            Map.entry("webm", new MediaType("video/webm", MediaKind.VIDEO)),
            Map.entry("mp3", new MediaType("audio/mpeg", MediaKind.AUDIO)),
            Map.entry("m4a", new MediaType("audio/mp4", MediaKind.AUDIO)),
            Map.entry("ogg", new MediaType("audio/ogg", MediaKind.AUDIO)),
            Map.entry("pdf", new MediaType("application/pdf", MediaKind.DOCUMENT)),
            Map.entry("docx", new MediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    MediaKind.DOCUMENT)));

    /** A module folder or lesson file name: its order number and slug. */
    record Numbered(BigInteger number, String slug) {
    }

    private CourseNames() {
    }

    static boolean slug(String s) {
        return s.length() <= SLUG_MAX && SLUG.matcher(s).matches();
    }

    /** "01-nhap-mon" → (1, nhap-mon); empty when the name is not of that shape. */
    static Optional<Numbered> numbered(String name) {
        Matcher m = NUMBERED.matcher(name);
        return m.matches() && m.group(2).length() <= SLUG_MAX
                ? Optional.of(new Numbered(new BigInteger(m.group(1)), m.group(2))) : Optional.empty();
    }

    /** A media or question file name: letters, digits, '.', '_', '-', not starting with a dot, no "..". */
    static boolean fileName(String name) {
        return name.length() <= FILE_NAME_MAX && FILE_NAME.matcher(name).matches() && !name.contains("..");
    }

    static Optional<MediaType> mediaType(String name) {
        return Optional.ofNullable(MEDIA_TYPES.get(extension(name)));
    }

    /** GIFT for .gift; Aiken for .aiken and .txt; empty otherwise. */
    static Optional<Boolean> isGift(String name) {
        return switch (extension(name)) {
            case "gift" -> Optional.of(true);
            case "aiken", "txt" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** The file name of a reference "folder/name" when it has exactly that shape. */
    static Optional<String> reference(String folder, String value) {
        String prefix = folder + "/";
        if (!value.startsWith(prefix)) {
            return Optional.empty();
        }
        String name = value.substring(prefix.length());
        return fileName(name) ? Optional.of(name) : Optional.empty();
    }

    /** The media file names a line of Markdown refers to ("media/x.png"; a sentence's final dot is not part of the name). */
    static List<String> mediaIn(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = BODY_MEDIA.matcher(text == null ? "" : text);
        while (m.find()) {
            names.add(m.group(1).replaceAll("\\.+$", ""));
        }
        return names;
    }

    /** "01", "02"… with as many digits as the largest number needs (at least two). */
    static String number(int n, int count) {
        int width = Math.max(2, String.valueOf(count).length());
        return String.format(Locale.ROOT, "%0" + width + "d", n);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
