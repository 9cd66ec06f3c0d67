package vn.hocluat.platform.web;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.platform.text.Dates;

import java.time.LocalDate;

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

    public static String text(@Nullable Object value) {
        return value == null ? "" : value.toString().trim();
    }
}
