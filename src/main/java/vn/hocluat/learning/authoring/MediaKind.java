package vn.hocluat.learning.authoring;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files a course may hold, by kind: the extensions allowed and, for each, the content type and
 * the first bytes a real file of that type starts with. A file must pass both the extension and the
 * magic-byte check, so a renamed program is refused.
 */
enum MediaKind {
    VIDEO(Map.of("mp4", "video/mp4", "webm", "video/webm")),
    AUDIO(Map.of("mp3", "audio/mpeg", "m4a", "audio/mp4", "ogg", "audio/ogg")),
    DOCUMENT(Map.of("pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
    IMAGE(Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp"));

    private final Map<String, String> types;

    MediaKind(Map<String, String> types) {
        this.types = types;
    }

    /** The kind of file a lesson kind takes (TEXT and QUIZ take none). */
    static Optional<MediaKind> ofLesson(String lessonKind) {
        return switch (lessonKind) {
            case "VIDEO" -> Optional.of(VIDEO);
            case "AUDIO" -> Optional.of(AUDIO);
            case "DOCUMENT" -> Optional.of(DOCUMENT);
            default -> Optional.empty();
        };
    }

    /** The allowed extensions, for messages: "mp3, m4a, ogg". */
    String extensions() {
        return String.join(", ", types.keySet().stream().sorted(this::byListOrder).toList());
    }

    boolean allows(String extension) {
        return types.containsKey(extension.toLowerCase(Locale.ROOT));
    }

    boolean acceptsContentType(String contentType) {
        return types.containsValue(contentType);
    }

    String contentType(String extension) {
        return types.get(extension.toLowerCase(Locale.ROOT));
    }

    /** Whether the bytes start as a file of that extension does. */
    static boolean magicMatches(String extension, byte[] head) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "mp4", "m4a" -> at(head, 4, "ftyp");
            case "webm" -> starts(head, 0x1A, 0x45, 0xDF, 0xA3);
            case "mp3" -> at(head, 0, "ID3") || (head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0);
            case "ogg" -> at(head, 0, "OggS");
            case "pdf" -> at(head, 0, "%PDF-");
            case "docx" -> starts(head, 0x50, 0x4B, 0x03, 0x04);
            case "png" -> starts(head, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
            case "jpg", "jpeg" -> starts(head, 0xFF, 0xD8, 0xFF);
            case "webp" -> at(head, 0, "RIFF") && at(head, 8, "WEBP");
            default -> false;
        };
    }

    private int byListOrder(String a, String b) {
        return Integer.compare(order(a), order(b));
    }

    private static int order(String ext) {
        return Arrays.asList("mp4", "webm", "mp3", "m4a", "ogg", "pdf", "docx", "png", "jpg", "jpeg", "webp").indexOf(ext);
    }

    private static boolean at(byte[] head, int offset, String ascii) {
        byte[] want = ascii.getBytes(StandardCharsets.US_ASCII);
        return head.length >= offset + want.length
                && Arrays.equals(head, offset, offset + want.length, want, 0, want.length);
    }

    private static boolean starts(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
