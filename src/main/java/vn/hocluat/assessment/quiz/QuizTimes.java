package vn.hocluat.assessment.quiz;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.platform.text.Dates;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Moments as Vietnamese users write them: dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh (also d/M/yyyy H:mm,
 * and ISO-8601 with an offset, as the API sends), and durations as h:mm:ss.
 */
public final class QuizTimes {
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VN_SHORT = DateTimeFormatter.ofPattern("d/M/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VN_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/uuuu");

    private QuizTimes() {
    }

    public static Optional<Instant> parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        for (DateTimeFormatter f : new DateTimeFormatter[]{VN, VN_SHORT}) {
            try {
                return Optional.of(LocalDateTime.parse(t, f).atZone(Dates.ZONE).toInstant());
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** dd/MM/yyyy HH:mm, or "" for null. */
    public static String format(@Nullable Instant at) {
        return at == null ? "" : VN.format(at.atZone(Dates.ZONE));
    }

    /** HH:mm:ss dd/MM/yyyy, or "" for null. */
    public static String formatSeconds(@Nullable Instant at) {
        return at == null ? "" : VN_SECONDS.format(at.atZone(Dates.ZONE));
    }

    /** 75 → "1:15", 3725 → "1:02:05". */
    public static String duration(@Nullable Long seconds) {
        if (seconds == null) {
            return "";
        }
        long s = Math.max(0, seconds);
        long h = s / 3600;
        long m = s % 3600 / 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s % 60) : String.format("%d:%02d", m, s % 60);
    }
}
