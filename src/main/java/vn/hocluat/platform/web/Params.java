package vn.hocluat.platform.web;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.platform.text.Dates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters of list pages as typed values; a malformed one is a 400 naming it. */
public final class Params {
    private Params() {
    }

    public static @Nullable Long id(@Nullable String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.trim().matches("\\d{1,18}")) {
            throw Problem.badRequest("error.badParameter", name);
        }
        return Long.valueOf(text.trim());
    }

    public static int page(@Nullable String text) {
        Long n = id(text, "page");
        return n == null || n < 1 ? 1 : (int) Math.min(n, 1_000_000);
    }

    public static @Nullable LocalDate date(@Nullable String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Dates.parse(text).orElseThrow(() -> Problem.badRequest("error.badParameter", name));
    }

    /** A yyyy-MM-dd query parameter (the API's and the exports' form); today when absent; 400 naming it when unreadable. */
    public static LocalDate isoDate(@Nullable String text, String name, Clock clock) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("error.isoDate", name, text.strip());
        }
    }

    public static String text(@Nullable Object value) {
        return value == null ? "" : value.toString().trim();
    }
}
