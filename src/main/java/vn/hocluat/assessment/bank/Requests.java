package vn.hocluat.assessment.bank;

import vn.hocluat.platform.web.Paged;
import io.micronaut.http.HttpRequest;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What the bank and question controllers read from a request: the caller, typed query values, error messages. */
final class Requests {
    private Requests() {
    }

    /** The signed-in caller, refused (403) unless their role may use banks; the services check again. */
    static CurrentUser user(HttpRequest<?> request) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        if (!BankService.canUse(user)) {
            throw Problem.forbidden();
        }
        return user;
    }

    static int page(String text) {
        return positive(text, "page", 1);
    }

    /** A whole number ≥ 1 from a query value, {@code fallback} when blank, 400 when not a number. */
    static int positive(String text, String parameter, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        if (!text.trim().matches("\\d{1,9}")) {
            throw Problem.badRequest("error.badParameter", parameter);
        }
        return Math.max(1, Integer.parseInt(text.trim()));
    }

    /** The page number and size an API list asks for: page ≥ 1 (default 1), size 1 to 200 (default 50); 400 otherwise. */
    record Paging(int page, int size) {
    }

    static Paging paging(Integer page, Integer size) {
        if (page != null && page < 1) {
            throw Problem.badRequest("error.badParameter", "page");
        }
        int s = size == null ? Paged.PAGE_SIZE : size;
        if (s < 1 || s > Paged.MAX_SIZE) {
            throw Problem.badRequest("error.badParameter", "size");
        }
        return new Paging(page == null ? 1 : page, s);
    }

    /** An enum constant by name, null when blank, 400 when unknown. */
    static <E extends Enum<E>> E choice(String text, Class<E> type, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("error.badParameter", parameter);
        }
    }

    /** An enum constant by name, or null when blank or unknown. */
    static <E extends Enum<E>> E choiceOrNull(String text, Class<E> type) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Field → localised message, the first error of each field. */
    static Map<String, String> messages(Pages pages, HttpRequest<?> request, InvalidInputException e) {
        Map<String, String> out = new LinkedHashMap<>();
        e.errors().forEach(err -> out.putIfAbsent(err.field(), pages.text(request, err.messageKey(), err.args())));
        return out;
    }
}
