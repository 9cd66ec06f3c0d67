package vn.hocluat.platform.text;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as Vietnamese users write them: dd/MM/yyyy, calendar days in Asia/Ho_Chi_Minh. */
public final class Dates {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VN_SHORT = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : VN.format(date);
    }

    /** Parses dd/MM/yyyy (also d/M/yyyy and ISO yyyy-MM-dd, which spreadsheets and date inputs produce). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        for (DateTimeFormatter f : new DateTimeFormatter[]{VN, VN_SHORT, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        return Optional.empty();
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
