package vn.hocluat.contest.entrant;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the entrant pages share: the details form with its unit picker, the 429 page, the client address. */
@Singleton
class EntrantForms {
    /** A unit offered as a radio button. */
    record UnitOption(long id, String label, boolean checked) {
    }

    private final Pages pages;
    private final EntrantService entrants;
    private final HttpClientAddressResolver addresses;

    EntrantForms(Pages pages, EntrantService entrants, HttpClientAddressResolver addresses) {
        this.pages = pages;
        this.entrants = entrants;
        this.addresses = addresses;
    }

    String address(HttpRequest<?> request) {
        String a = addresses.resolve(request);
        return a == null ? "unknown" : a;
    }

    /** The details form: typed values, localised field errors, the units matching the search and the one picked. */
    Map<String, Object> model(HttpRequest<?> request, Map<String, Object> values, FormInvalid invalid) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", values);
        model.put("errors", invalid == null ? Map.of() : invalid.messages((k, a) -> pages.text(request, k, a)));
        String q = String.valueOf(values.getOrDefault("q", ""));
        String picked = String.valueOf(values.getOrDefault("unitId", ""));
        List<UnitOption> units = new ArrayList<>();
        if (picked.matches("[0-9]{1,18}")) {
            entrants.unitChoice(Long.parseLong(picked)).ifPresent(u -> units.add(new UnitOption(u.id(), u.label(), true)));
        }
        entrants.searchUnits(q).stream().filter(u -> !String.valueOf(u.id()).equals(picked))
                .forEach(u -> units.add(new UnitOption(u.id(), u.label(), false)));
        model.put("units", units);
        model.put("searched", !q.isBlank());
        return model;
    }

    MutableHttpResponse<String> tooMany(HttpRequest<?> request, String messageKey) {
        return pages.render(HttpStatus.TOO_MANY_REQUESTS, request, "platform/error", Map.of(
                "status", 429,
                "title", pages.text(request, "entrant.tooMany.title"),
                "message", pages.text(request, messageKey))).header("Retry-After", "600");
    }
}
